#include "ptplan/render/data_uri.hpp"

#include <cstdint>

namespace ptplan::render {

std::string base64(std::string_view bytes)
{
  static constexpr std::string_view k_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const std::uint32_t n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16
                            | static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8
                            | static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 2]));
    out += k_alphabet[n >> 18 & 63];
    out += k_alphabet[n >> 12 & 63];
    out += k_alphabet[n >> 6 & 63];
    out += k_alphabet[n & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    std::uint32_t n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (rest == 2) {
      n |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    }
    out += k_alphabet[n >> 18 & 63];
    out += k_alphabet[n >> 12 & 63];
    out += rest == 2 ? k_alphabet[n >> 6 & 63] : '=';
    out += '=';
  }
  return out;
}

std::string image_data_uri(std::string_view path, std::string_view bytes)
{
  const bool svg = path.size() >= 4 && path.substr(path.size() - 4) == ".svg";
  return std::string(svg ? "data:image/svg+xml;base64," : "data:image/png;base64,") + base64(bytes);
}

std::string svg_data_uri(std::string_view svg)
{
  return "data:image/svg+xml;base64," + base64(svg);
}

} // namespace ptplan::render
