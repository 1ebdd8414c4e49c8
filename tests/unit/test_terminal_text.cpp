// Text from inputs made safe for a terminal (core/terminal_text.hpp), and
// the error messages that use it (issue 15, reproducer 4).

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/terminal_text.hpp"

#include <doctest/doctest.h>

using ptplan::printable;
using ptplan::printable_text;

TEST_CASE("printable: control characters, C1 controls, bidi and broken UTF-8 become visible escapes")
{
  CHECK(printable("plain words, ok") == "plain words, ok");
  CHECK(printable("X\x1b]0;PWNED\a\x1b[31mRED") == "X\\e]0;PWNED\\a\\e[31mRED");
  CHECK(printable("a\nb\tc\rd\x7f") == "a\\nb\\tc\\rd\\x7F");
  CHECK(printable("\xC2\x9B"
                  "31m")
        == "\\u009B31m"); // C1 CSI, as UTF-8
  CHECK(printable("\x9B"
                  "31m")
        == "\\x9B31m"); // a lone byte: not UTF-8
  CHECK(printable("abc\xE2\x80\xAE"
                  "fed")
        == "abc\\u202Efed");                                                          // right-to-left override
  CHECK(printable("caf\xC3\xA9 \xF0\x9F\x98\x80") == "caf\xC3\xA9 \xF0\x9F\x98\x80"); // Unicode text is kept
  CHECK(printable("\xED\xA0\x80") == "\\xED\\xA0\\x80");                              // a UTF-16 surrogate
}

TEST_CASE("printable_text keeps line breaks and tabs")
{
  CHECK(printable_text("one\n\ttwo\x1b[2J\n") == "one\n\ttwo\\e[2J\n");
}

TEST_CASE("Diagnostics::format escapes the file name and the message")
{
  ptplan::Diagnostics diagnostics;
  diagnostics.error({"p\x1b]0;x\a.yaml", 1, 2}, "unknown key \"\x1b]0;PWNED\a\x1b[2Jkey\"");
  CHECK(diagnostics.format() == "p\\e]0;x\\a.yaml:1:2: error: unknown key \"\\e]0;PWNED\\a\\e[2Jkey\"\n");
}
