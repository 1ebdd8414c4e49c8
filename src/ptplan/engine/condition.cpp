#include "ptplan/engine/condition.hpp"

#include <algorithm>
#include <cmath>

namespace ptplan::engine {

namespace {

using Op = model::Condition::Op;

bool has(const std::vector<std::string>& list, const std::string& word)
{
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string as_word(const FactValue& value)
{
  if (const auto* number = std::get_if<double>(&value)) {
    return std::to_string(static_cast<long long>(std::llround(*number)));
  }
  if (const auto* word = std::get_if<std::string>(&value)) {
    return *word;
  }
  return {};
}

} // namespace

bool evaluate(const model::Condition& condition, const Facts& facts)
{
  switch (condition.op) {
  case Op::always:
    return true;
  case Op::all:
    return std::all_of(condition.children.begin(), condition.children.end(),
      [&](const model::Condition& child) { return evaluate(child, facts); });
  case Op::any:
    return std::any_of(condition.children.begin(), condition.children.end(),
      [&](const model::Condition& child) { return evaluate(child, facts); });
  case Op::negate:
    return !condition.children.empty() && !evaluate(condition.children.front(), facts);
  default:
    break;
  }
  const FactValue* value = facts.find(condition.fact);
  if (condition.op == Op::present) {
    return (value != nullptr) == condition.flag;
  }
  if (!value) {
    return false;
  }
  switch (condition.op) {
  case Op::equals:
  case Op::in:
    return !std::holds_alternative<std::vector<std::string>>(*value) && has(condition.words, as_word(*value));
  case Op::contains: {
    const auto* list = std::get_if<std::vector<std::string>>(value);
    return list
           && std::any_of(condition.words.begin(), condition.words.end(), [&](const std::string& w) { return has(*list, w); });
  }
  case Op::at_least: {
    const auto* number = std::get_if<double>(value);
    return number && *number >= condition.number;
  }
  case Op::at_most: {
    const auto* number = std::get_if<double>(value);
    return number && *number <= condition.number;
  }
  default:
    return false;
  }
}

} // namespace ptplan::engine
