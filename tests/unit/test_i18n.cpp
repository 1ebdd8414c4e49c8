// Translations: the .po reader, the phrase table, localizing the knowledge
// base and the templates, the Spanish words, and the readability formula.
#include "support.hpp"

#include "ptplan/i18n/localize.hpp"
#include "ptplan/i18n/template_text.hpp"
#include "ptplan/i18n/text.hpp"
#include "ptplan/i18n/words.hpp"
#include "ptplan/lint/readability.hpp"
#include "ptplan/lint/translation_lint.hpp"
#include "ptplan/load/language_loader.hpp"
#include "ptplan/load/po_loader.hpp"
#include "ptplan/render/dose_words.hpp"
#include "ptplan/render/outcome_renderer.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <string>

using namespace ptplan;

namespace {

constexpr const char* k_header = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                                 "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";

std::string po_errors(const std::string& text)
{
  model::Messages messages;
  messages.language = "es";
  Diagnostics diagnostics;
  load::read_po(SourceFile{"x.po", text}, messages, diagnostics);
  return diagnostics.format();
}

const model::Messages& spanish()
{
  const auto& languages = load::builtin_languages();
  const auto found = languages.find("es");
  REQUIRE(found != languages.end());
  return *found->second;
}

} // namespace

TEST_CASE("a .po file: contexts, plurals, continued strings and escapes")
{
  model::Messages messages;
  messages.language = "es";
  Diagnostics diagnostics;
  const std::string text =
    std::string(k_header)
    + "#. a comment\nmsgctxt \"dose\"\nmsgid \"Hold for {duration}.\"\nmsgstr \"Mantenga \"\n\"{duration}.\"\n\n"
      "msgctxt \"dose\"\nmsgid \"{count} time\"\nmsgid_plural \"{count} times\"\nmsgstr[0] \"{count} vez\"\n"
      "msgstr[1] \"{count} veces\"\n\n"
      "msgid \"Say \\\"hi\\\"\\n\"\nmsgstr \"Diga \\\"hola\\\"\\n\"\n\n"
      "#, fuzzy\nmsgid \"Fuzzy\"\nmsgstr \"Borroso\"\n\n"
      "#~ msgid \"Old\"\n#~ msgstr \"Viejo\"\n";
  REQUIRE_MESSAGE(load::read_po(SourceFile{"x.po", text}, messages, diagnostics), diagnostics.format());
  REQUIRE(messages.translation("dose", "Hold for {duration}.") != nullptr);
  CHECK(*messages.translation("dose", "Hold for {duration}.") == "Mantenga {duration}.");
  const auto* plural = messages.find("dose", "{count} time");
  REQUIRE(plural != nullptr);
  CHECK(plural->forms == std::vector<std::string>{"{count} vez", "{count} veces"});
  CHECK(*messages.translation("", "Say \"hi\"\n") == "Diga \"hola\"\n");
  CHECK(messages.translation("", "Fuzzy") == nullptr); // not a translation yet
  CHECK(messages.translation("", "Old") == nullptr);
  CHECK(messages.translation("other", "Hold for {duration}.") == nullptr); // the context counts
}

TEST_CASE("a broken .po file is an error with its line and column")
{
  CHECK(po_errors(std::string(k_header) + "msgid \"a\"\nmsgstr \"b\"\nmsgid \"a\"\nmsgstr \"c\"\n")
          .find("x.po:8:1: error: this msgid is given twice; the first is at line 6")
        != std::string::npos);
  CHECK(po_errors(std::string(k_header) + "msgid \"a\"\nmsgtext \"b\"\n").find("x.po:7:1: error: unknown keyword \"msgtext\"")
        != std::string::npos);
  CHECK(
    po_errors(std::string(k_header) + "msgid \"a\nmsgstr \"b\"\n").find("x.po:6:7: error: the string has no closing double quote")
    != std::string::npos);
  CHECK(po_errors(std::string(k_header) + "msgid \"a\\q\"\nmsgstr \"b\"\n").find("unknown escape \\q") != std::string::npos);
  CHECK(po_errors("msgid \"a\"\nmsgstr \"b\"\n").find("no header entry") != std::string::npos);
  CHECK(po_errors(std::string(k_header) + "msgid   \nmsgstr \"b\"\n").find("x.po:6:1: error: \"msgid\" has no string")
        != std::string::npos);
  CHECK(po_errors(std::string(k_header) + "msgid\n").find("x.po:6:1: error: \"msgid\" has no string") != std::string::npos);
  CHECK(po_errors(std::string(k_header) + "msgid \"a\" x\nmsgstr \"b\"\n").find("unexpected text after the closing double quote")
        != std::string::npos);
  CHECK(
    po_errors("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\nPlural-Forms: nplurals=3; plural=(n%10==1);\\n\"\n")
      .find("unsupported Plural-Forms")
    != std::string::npos);
  CHECK(po_errors("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\nLanguage: pt\\n\"\n")
          .find("the header says Language: pt, but the file is in the folder of \"es\"")
        != std::string::npos);
  CHECK(po_errors(std::string(k_header) + "msgid \"a\"\nmsgstr[0] \"b\"\n").find("msgstr[0] needs a msgid_plural")
        != std::string::npos);
  CHECK(po_errors(std::string(k_header) + "msgid \"a\"\nmsgstr \"\xff\"\n").find("not valid UTF-8") != std::string::npos);
}

TEST_CASE("phrases: English by default, the translation when there is one, plurals by the language's rule")
{
  const i18n::Text english;
  CHECK(english.format(i18n::Phrase::dose_hold, fmt::arg("duration", "30 seconds")) == "Hold for 30 seconds.");
  CHECK(english.format_count(i18n::Phrase::dose_times, 1) == "1 time");
  CHECK(english.format_count(i18n::Phrase::dose_times, 3) == "3 times");

  model::Messages messages;
  messages.language = "xx";
  messages.plural = model::PluralRule::more_than_one;
  messages.entries[model::Messages::key("dose", "{count} time")] = {{"{count} X-one", "{count} X-many"}, "{count} times", {}};
  messages.entries[model::Messages::key("dose", "Hold for {duration}.")] = {{"X {nonsense}."}, "", {}};
  const i18n::Text other(&messages);
  CHECK(other.format_count(i18n::Phrase::dose_times, 0) == "0 X-one"); // n > 1: zero is singular
  CHECK(other.format_count(i18n::Phrase::dose_times, 2) == "2 X-many");
  // A translation that does not fill falls back to the English, never throws.
  CHECK(other.format(i18n::Phrase::dose_hold, fmt::arg("duration", "30 s")) == "Hold for 30 s.");
}

TEST_CASE("Spanish: dose words, dates, lists and sides")
{
  const i18n::Text es(&spanish());
  model::Dosage dose;
  dose.set(model::DoseField::hold_seconds, 30);
  dose.set(model::DoseField::reps, 3);
  dose.side = "each";
  const std::string words = render::dose_in_words(dose, "izquierdo", es);
  CHECK(words.find("Mantenga 30 segundos.") != std::string::npos);
  CHECK(words.find("3 veces de cada lado") != std::string::npos);
  CHECK(words.find("izquierdo") != std::string::npos);
  CHECK(i18n::date_long(es, Date::from_ymd(2026, 12, 7)) == "lunes 7 de diciembre de 2026");
  CHECK(i18n::date_long(i18n::Text(), Date::from_ymd(2026, 12, 7)) == "7 December 2026");
  CHECK(i18n::list_in_words(es, {"lunes", "miércoles", "viernes"}) == "lunes, miércoles y viernes");
  const Sides sides = i18n::sides_for(es, "left");
  CHECK(with_sides("la pierna {side}, el pie {other_m}", sides) == "la pierna izquierda, el pie derecho");
  CHECK(with_sides("the {side_m} foot", i18n::sides_for(i18n::Text(), "right")) == "the right foot");
}

TEST_CASE("localizing the knowledge base puts the language's text in place and keeps every exercise where it was")
{
  model::Knowledge knowledge = test::builtin_knowledge();
  const model::Exercise* before = knowledge.catalog.find("glute-bridge");
  REQUIRE(before != nullptr);
  const std::string english_name = before->name;
  const auto& languages = load::builtin_languages();
  const auto missing = i18n::localize(knowledge, languages.at("es"));
  CHECK(missing.empty());
  CHECK(knowledge.catalog.find("glute-bridge") == before);
  CHECK(before->name != english_name);
  REQUIRE(knowledge.messages != nullptr);
  CHECK(knowledge.messages->language == "es");

  // A language without a text keeps the English and says so.
  model::Knowledge other = test::builtin_knowledge();
  auto empty = std::make_shared<model::Messages>();
  empty->language = "xx";
  const auto all = i18n::localize(other, empty);
  CHECK(all.size() == i18n::patient_texts(test::builtin_knowledge()).size());
  CHECK(other.catalog.find("glute-bridge")->name == english_name);
}

TEST_CASE("template phrases: marked, translated, or the English without the marks")
{
  const std::string source = "# {{#t}}Key points{{/t}}\n{{#t}}Week {{week}}{{/t}} and {{other}}\n";
  const auto phrases = i18n::template_phrases(source);
  REQUIRE(phrases.size() == 2);
  CHECK(phrases[1].english == "Week {{week}}");
  CHECK(phrases[1].line == 2);
  CHECK(phrases[1].column == 1);
  CHECK(i18n::localize_template(source, i18n::Text()) == "# Key points\nWeek {{week}} and {{other}}\n");
  model::Messages messages;
  messages.entries[model::Messages::key("template", "Week {{week}}")] = {{"Semana {{week}}"}, "", {}};
  CHECK(i18n::localize_template(source, i18n::Text(&messages)) == "# Key points\nSemana {{week}} and {{other}}\n");
}

TEST_CASE("the built-in Spanish is complete and keeps every name, tag and side")
{
  Diagnostics diagnostics;
  lint::lint_languages(test::builtin_knowledge(), render::builtin_templates(), load::builtin_languages(), diagnostics);
  CHECK_MESSAGE(diagnostics.empty(), diagnostics.format());
}

TEST_CASE("the translation lint names a missing text and a dropped name")
{
  auto messages = std::make_shared<model::Messages>(spanish());
  messages->entries.erase(model::Messages::key("glute-bridge", test::builtin_knowledge().catalog.find("glute-bridge")->name));
  messages->entries[model::Messages::key("dose", "Hold for {duration}.")].forms = {"Mantenga."};
  model::Languages languages{{"es", messages}};
  Diagnostics diagnostics;
  lint::lint_languages(test::builtin_knowledge(), render::builtin_templates(), languages, diagnostics);
  const std::string errors = diagnostics.format();
  CHECK(errors.find("no translation of name of glute-bridge") != std::string::npos);
  CHECK(errors.find("the translation has the names none, the English {duration}") != std::string::npos);
}

TEST_CASE("a Spanish handout has no English words left in the patient's text")
{
  model::Knowledge knowledge = test::builtin_knowledge();
  i18n::localize(knowledge, load::builtin_languages().at("es"));
  const render::TemplateSet templates = render::builtin_templates();
  Diagnostics diagnostics;
  render::OutcomeRenderer renderer(
    templates, knowledge, {render::Format::markdown, render::Format::text, render::Format::html}, diagnostics);
  REQUIRE_MESSAGE(renderer.ok(), diagnostics.format());
  // Words English uses all the time and Spanish never does.
  const std::regex english(
    R"(\b(the|your|and|with|Hold|Do this|Do it|minutes|seconds|times|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|Week|Pain|Stop|each side|left|right|rounds)\b)");
  for (const char* name : {"hip-oa-fall-risk", "back-pain-progress-log", "lumbar-stenosis", "hip-replacement-posterior",
         "pregnancy-pelvic-pain", "red-flag-cauda-equina", "sciatica-extension", "osteoporosis-back-pain"}) {
    const model::Profile profile = test::profile_from(test::source_text(std::string("examples/patients/") + name + ".yaml"));
    const int week = profile.progress.empty() ? 1 : static_cast<int>(profile.progress.size()) + 1;
    const auto outcome = engine::make_plan(knowledge, profile, week);
    for (const auto format : {render::Format::markdown, render::Format::text}) {
      const auto text = renderer.render(outcome, profile, format, diagnostics);
      REQUIRE(text.has_value());
      std::istringstream lines(*text);
      std::string line;
      while (std::getline(lines, line)) {
        // The profile's own words (names, goals, the therapist) are printed as written.
        if (line.find("Sam Okafor") != std::string::npos || line.find("Riverside") != std::string::npos
            || line.find("data:") != std::string::npos) {
          continue;
        }
        bool goal = false;
        for (const auto& written : profile.goals) {
          goal = goal || line.find(written) != std::string::npos;
        }
        if (goal || line.find(profile.name) != std::string::npos) {
          continue;
        }
        std::smatch found;
        CHECK_MESSAGE(!std::regex_search(line, found, english), name, ": \"", found.str(), "\" in: ", line);
      }
    }
  }
}

TEST_CASE("Fernández-Huerta and Spanish syllables")
{
  CHECK(lint::spanish_syllables("casa") == 2);
  CHECK(lint::spanish_syllables("teatro") == 3);       // te-a-tro: two strong vowels
  CHECK(lint::spanish_syllables("ciudad") == 2);       // ciu-dad: a diphthong
  CHECK(lint::spanish_syllables("país") == 2);         // pa-ís: the accent breaks it
  CHECK(lint::spanish_syllables("estiramiento") == 5); // es-ti-ra-mien-to
  CHECK(lint::fernandez_huerta("") == 100.0);
  const double easy = lint::fernandez_huerta("Ponga el pie en el suelo. Suba la pierna. Baje la pierna.");
  const double hard = lint::fernandez_huerta(
    "La articulación coxofemoral presenta limitaciones funcionales considerables durante la deambulación prolongada.");
  CHECK(easy > 80.0);
  CHECK(hard < 30.0);
}
