#include "ptplan/core/diagnostics.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ptplan::Diagnostics;
using ptplan::did_you_mean;
using ptplan::format_location;
using ptplan::Location;

TEST_CASE("did_you_mean suggests a close word and nothing for a guess")
{
  const std::vector<std::string> conditions = {"sciatica", "hip-osteoarthritis", "back-strain", "hip-strain"};

  SUBCASE("one letter missing")
  {
    CHECK(did_you_mean("sciatca", conditions) == "sciatica");
    CHECK(did_you_mean("hip-osteoarthrits", conditions) == "hip-osteoarthritis");
  }
  SUBCASE("two letters swapped")
  {
    CHECK(did_you_mean("back-stiran", conditions) == "back-strain");
  }
  SUBCASE("the closest of several near words")
  {
    CHECK(did_you_mean("hip-strian", conditions) == "hip-strain");
    CHECK(did_you_mean("bak-strain", conditions) == "back-strain");
  }
  SUBCASE("an exact match is returned as is")
  {
    CHECK(did_you_mean("sciatica", conditions) == "sciatica");
  }
  SUBCASE("an unrelated word gets no suggestion")
  {
    CHECK(did_you_mean("knee-pain", conditions).empty());
    CHECK(did_you_mean("fibromyalgia", conditions).empty());
  }
  SUBCASE("an empty word or an empty list gets no suggestion")
  {
    CHECK(did_you_mean("", conditions).empty());
    CHECK(did_you_mean("sciatica", {}).empty());
  }
  SUBCASE("a start of four letters or more completes the word")
  {
    CHECK(did_you_mean("scia", conditions) == "sciatica");
    CHECK(did_you_mean("hip-osteoarth", conditions) == "hip-osteoarthritis");
  }
  SUBCASE("a start of two letters is too short to complete")
  {
    CHECK(did_you_mean("sc", conditions).empty());
  }
  SUBCASE("a word that starts with a choice gets it")
  {
    CHECK(did_you_mean("monday", {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) == "mon");
  }
}

TEST_CASE("did_you_mean allows a third of the word to be wrong, at least two letters")
{
  SUBCASE("short words: two edits allowed, three not")
  {
    CHECK(did_you_mean("mxx", {"mon"}) == "mon");
    CHECK(did_you_mean("xyz", {"mon"}).empty());
  }
  SUBCASE("nine letters: three edits allowed, four not")
  {
    CHECK(did_you_mean("abcdefxyz", {"abcdefghi"}) == "abcdefghi");
    CHECK(did_you_mean("abcdewxyz", {"abcdefghi"}).empty());
  }
  SUBCASE("ties go to the first choice")
  {
    CHECK(did_you_mean("ax", {"ab", "ac"}) == "ab");
    CHECK(did_you_mean("ax", {"ac", "ab"}) == "ac");
  }
}

TEST_CASE("format_location leaves out the parts that are unknown")
{
  CHECK(format_location({"profile.yaml", 3, 7}) == "profile.yaml:3:7");
  CHECK(format_location({"profile.yaml", 3, 0}) == "profile.yaml:3");
  CHECK(format_location({"profile.yaml", 0, 7}) == "profile.yaml");
  CHECK(format_location({"", 2, 1}) == "<input>:2:1");
  CHECK(format_location({}) == "<input>");
}

TEST_CASE("Diagnostics::format writes one line per error, in the order reported")
{
  Diagnostics diagnostics;
  CHECK(diagnostics.empty());
  CHECK(diagnostics.format().empty());

  diagnostics.error({"profile.yaml", 4, 9}, "patient.age: expected a whole number from 12 to 110, found \"old\"");
  diagnostics.error({"rules.yaml", 0, 0}, "could not be read");
  diagnostics.error({"profile.yaml", 2, 1}, "missing required key \"pain\"");

  CHECK_FALSE(diagnostics.empty());
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics.items()[0].where.line == 4);
  CHECK(diagnostics.items()[0].where.column == 9);
  CHECK(diagnostics.items()[1].message == "could not be read");
  CHECK(diagnostics.format()
        == "profile.yaml:4:9: error: patient.age: expected a whole number from 12 to 110, found \"old\"\n"
           "rules.yaml: error: could not be read\n"
           "profile.yaml:2:1: error: missing required key \"pain\"\n");
}

TEST_CASE("Diagnostics keeps at most k_max_per_file errors per file and counts the rest")
{
  Diagnostics diagnostics;
  const std::size_t extra = 7;
  for (std::size_t i = 0; i < Diagnostics::k_max_per_file + extra; ++i) {
    diagnostics.error({"big.yaml", static_cast<int>(i + 1), 1}, "bad");
  }
  CHECK(diagnostics.size() == Diagnostics::k_max_per_file);

  SUBCASE("the format names how many were left out")
  {
    const std::string text = diagnostics.format();
    CHECK(text.find("big.yaml:50:1: error: bad\n") != std::string::npos);
    CHECK(text.find("big.yaml:51:1") == std::string::npos);
    const std::string tail = "ptplan: 7 more errors not shown\n";
    REQUIRE(text.size() > tail.size());
    CHECK(text.substr(text.size() - tail.size()) == tail);
  }
  SUBCASE("another file still gets its own errors")
  {
    diagnostics.error({"other.yaml", 1, 1}, "also bad");
    CHECK(diagnostics.size() == Diagnostics::k_max_per_file + 1);
    CHECK(diagnostics.items().back().where.file == "other.yaml");
  }
  SUBCASE("append carries the items and the count of dropped ones")
  {
    Diagnostics total;
    total.error({"first.yaml", 1, 2}, "first");
    total.append(diagnostics);
    CHECK(total.size() == Diagnostics::k_max_per_file + 1);
    CHECK(total.items().front().message == "first");
    const std::string text = total.format();
    CHECK(text.rfind("first.yaml:1:2: error: first\n", 0) == 0);
    CHECK(text.find("ptplan: 7 more errors not shown\n") != std::string::npos);
  }
}

TEST_CASE("close_matches: typos, words that hold it, shared parts")
{
  using ptplan::close_matches;
  const std::vector<std::string> conditions = {"nonspecific-low-back-pain", "sciatica", "hip-osteoarthritis", "hip-replacement",
    "hip-strain", "back-strain", "gluteal-tendinopathy"};
  CHECK(close_matches("hip-oa", conditions).front() == "hip-osteoarthritis");
  CHECK(close_matches("hip-oa", conditions).size() == 3); // every hip- condition, nothing else
  CHECK(close_matches("sciatca", conditions) == std::vector<std::string>{"sciatica"});
  const std::vector<std::string> flags = {"fever", "constant-night-pain", "chest-pain", "saddle-numbness"};
  CHECK(close_matches("night-pain", flags) == std::vector<std::string>{"constant-night-pain", "chest-pain"});
  CHECK(close_matches("zzzzzz", flags).empty());
  CHECK(close_matches("", flags).empty());
  CHECK(close_matches("pain", flags, 1).size() == 1);
}

TEST_CASE("no suggestion is looked for a word longer than k_max_suggested_word")
{
  // Comparing a long word letter by letter with every choice took a 1 MB
  // profile of 240 unknown 4,000-letter words four minutes.
  using ptplan::close_matches;
  using ptplan::k_max_suggested_word;
  const std::vector<std::string> conditions = {"sciatica", "hip-osteoarthritis", "hip-strain"};
  const std::string tail(k_max_suggested_word - std::string("sciatica").size(), 'x');
  // At the limit a word that starts with a choice still gets it; one letter more, nothing.
  CHECK(did_you_mean("sciatica" + tail, conditions) == "sciatica");
  CHECK(close_matches("sciatica" + tail, conditions) == std::vector<std::string>{"sciatica"});
  CHECK(did_you_mean("sciatica" + tail + "x", conditions).empty());
  CHECK(close_matches("sciatica" + tail + "x", conditions).empty());
  CHECK(did_you_mean(std::string(100000, 'a'), conditions).empty());
}

TEST_CASE("did_you_mean leaves out the choices too long or too short to be a typo, and still finds the closest")
{
  // A third of the word, at least two letters, may be added or removed.
  CHECK(did_you_mean("hip-strian", {"hip-osteoarthritis", "hip-strain", "hip"}) == "hip-strain");
  CHECK(did_you_mean("abcdef", {"abcdefghij", "abcdefgh"}) == "abcdefgh"); // 2 letters more: allowed
  CHECK(did_you_mean("abcdef", {"abcdefghi"}) == "abcdefghi");             // 3 letters more: no typo, but it starts with it
  CHECK(did_you_mean("abcdef", {"abcdefghi", "abcdefxyz"}).empty());       // two start with it: no single guess
  CHECK(did_you_mean("mon", {"mo"}) == "mo");                              // one letter fewer
}

TEST_CASE("Diagnostics::full says when the next error in a file would only be counted")
{
  Diagnostics diagnostics;
  for (std::size_t i = 0; i + 1 < Diagnostics::k_max_per_file; ++i) {
    diagnostics.error({"a.yaml", 1, 1}, "an error");
  }
  CHECK_FALSE(diagnostics.full("a.yaml"));
  diagnostics.error({"a.yaml", 1, 1}, "the last one shown");
  CHECK(diagnostics.full("a.yaml"));
  CHECK_FALSE(diagnostics.full("b.yaml"));
}

TEST_CASE("Diagnostics::error writes a costly message only while the file's errors are shown")
{
  Diagnostics diagnostics;
  int written = 0;
  const auto make_message = [&] {
    ++written;
    return std::string("a costly message");
  };
  for (std::size_t i = 0; i < Diagnostics::k_max_per_file; ++i) {
    diagnostics.error({"a.yaml", 1, 1}, make_message);
  }
  CHECK(written == static_cast<int>(Diagnostics::k_max_per_file));
  diagnostics.error({"a.yaml", 2, 1}, make_message); // dropped and counted, not written
  CHECK(written == static_cast<int>(Diagnostics::k_max_per_file));
  CHECK(diagnostics.size() == Diagnostics::k_max_per_file);
  CHECK(diagnostics.format().find("\nptplan: 1 more error not shown\n") != std::string::npos);
  diagnostics.error({"b.yaml", 1, 1}, make_message); // another file's first
  CHECK(written == static_cast<int>(Diagnostics::k_max_per_file) + 1);
  REQUIRE(diagnostics.size() == Diagnostics::k_max_per_file + 1);
  CHECK(diagnostics.items().back().message == "a costly message");
}
