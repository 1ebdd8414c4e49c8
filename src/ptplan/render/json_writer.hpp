#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace ptplan::render {

// `json` as nlohmann's json.dump(2, ' ', false, error_handler_t::replace)
// writes it, byte for byte, in a fraction of the time (nlohmann's serializer
// goes through a virtual call per character). Empty when the value holds
// something this writer leaves to nlohmann (floating-point numbers, binary,
// text that is not valid UTF-8); the caller then uses dump().
std::optional<std::string> write_pretty_json(const nlohmann::ordered_json& json);

} // namespace ptplan::render
