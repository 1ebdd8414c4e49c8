#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::model {

// The closed word lists of a profile that the C++ knows by name. Each is
// parsed once, by the profile loader; the engine sees the enum. The words
// are the profile's spelling, in the order of the enum.
enum class Side { left, right, both };
enum class Irritability { high, moderate, low };
enum class Stage { acute, subacute, chronic };
enum class DirectionalPreference { flexion, extension, none };
enum class Sex { female, male };
enum class WalkingAid { none, cane, crutches, walker, rollator };
enum class WeightBearing { full, as_tolerated, partial, toe_touch, none };

// EnumWords<E>::name is the word list's name (the profile key table's
// `vocabulary`, and the vocabulary.yaml section when it has one);
// EnumWords<E>::words are the words, one per value, in declaration order.
template <typename E>
struct EnumWords;

template <>
struct EnumWords<Side>
{
  static constexpr std::string_view name = "sides";
  static constexpr std::array<std::string_view, 3> words = {"left", "right", "both"};
};

template <>
struct EnumWords<Irritability>
{
  static constexpr std::string_view name = "irritability";
  static constexpr std::array<std::string_view, 3> words = {"high", "moderate", "low"};
};

template <>
struct EnumWords<Stage>
{
  static constexpr std::string_view name = "stages";
  static constexpr std::array<std::string_view, 3> words = {"acute", "subacute", "chronic"};
};

template <>
struct EnumWords<DirectionalPreference>
{
  static constexpr std::string_view name = "preferences";
  static constexpr std::array<std::string_view, 3> words = {"flexion", "extension", "none"};
};

template <>
struct EnumWords<Sex>
{
  static constexpr std::string_view name = "sexes";
  static constexpr std::array<std::string_view, 2> words = {"female", "male"};
};

template <>
struct EnumWords<WalkingAid>
{
  static constexpr std::string_view name = "walking_aids";
  static constexpr std::array<std::string_view, 5> words = {"none", "cane", "crutches", "walker", "rollator"};
};

template <>
struct EnumWords<WeightBearing>
{
  static constexpr std::string_view name = "weight_bearing";
  static constexpr std::array<std::string_view, 5> words = {"full", "as-tolerated", "partial", "toe-touch", "none"};
};

// The profile's word for `value`.
template <typename E>
constexpr std::string_view word_of(E value)
{
  return EnumWords<E>::words[static_cast<std::size_t>(value)];
}

// The profile's word for `value`, or "" when the key was left out.
template <typename E>
constexpr std::string_view word_of(const std::optional<E>& value)
{
  return value ? word_of(*value) : std::string_view{};
}

// The value spelt `word`, or the empty optional.
template <typename E>
constexpr std::optional<E> enum_from_word(std::string_view word)
{
  for (std::size_t i = 0; i < EnumWords<E>::words.size(); ++i) {
    if (EnumWords<E>::words[i] == word) {
      return static_cast<E>(i);
    }
  }
  return std::nullopt;
}

// Every word of E, in order.
template <typename E>
std::vector<std::string> words_of()
{
  return {EnumWords<E>::words.begin(), EnumWords<E>::words.end()};
}

} // namespace ptplan::model
