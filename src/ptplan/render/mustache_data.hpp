#pragma once

#include <kainjow/mustache.hpp>

#include <string>
#include <utility>

namespace ptplan::render {

// kainjow 4.1's data::set and data::push_back take a const reference and
// copy it deeply (a list of rows copies every row, cell and step again at
// each level), and it has no rvalue overloads. These helpers move a value
// into place instead, so building a view copies nothing.

// Sets `name` in an object to `value`, moved.
inline void put(kainjow::mustache::data& object, const std::string& name, kainjow::mustache::data&& value)
{
  object[name] = std::move(value);
}

// Sets `name` in an object to a text or a yes/no value. Cheaper than
// kainjow's data::set, which looks the name up twice and copies the value
// twice on the way in.
inline void put_text(kainjow::mustache::data& object, const std::string& name, const std::string& text)
{
  object[name] = kainjow::mustache::data(text);
}
inline void put_flag(kainjow::mustache::data& object, const std::string& name, bool flag)
{
  object[name] = kainjow::mustache::data(flag);
}

// A list value with room for `count` items, so adding them never
// reallocates (kainjow's move constructor is not noexcept, so a growing
// vector would copy its items).
inline kainjow::mustache::data make_list(std::size_t count)
{
  kainjow::mustache::data list(kainjow::mustache::data::type::list);
  // kainjow only hands out a const reference to the items; the vector
  // itself is an ordinary (non-const) heap object, so this is well defined.
  const_cast<kainjow::mustache::list&>(list.list_value()).reserve(count);
  return list;
}

// Appends `item` to a list value made by make_list, moved.
inline void append(kainjow::mustache::data& list, kainjow::mustache::data&& item)
{
  const_cast<kainjow::mustache::list&>(list.list_value()).push_back(std::move(item));
}

} // namespace ptplan::render
