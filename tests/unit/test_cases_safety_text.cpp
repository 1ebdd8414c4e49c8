// Case tests for handout text that never contradicts itself (issue 13):
// notes guarded like exercises (engine/notes), the stop box per condition,
// referral notices, red flags graded in context, the affected side, and the
// pain guide relative to the usual pain (engine/pain_guide).

#include "ptplan/engine/adapt.hpp"
#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/notes.hpp"
#include "ptplan/engine/pain_guide.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/lint/notes_lint.hpp"
#include "ptplan/render/dose_words.hpp"
#include "ptplan/render/outcome_renderer.hpp"

#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace model = ptplan::model;
namespace engine = ptplan::engine;
namespace render = ptplan::render;
using ptplan::test::builtin_knowledge;
using Words = std::vector<std::string>;

// The profile lives on the heap: the plan points into it.
struct Case
{
  std::unique_ptr<model::Profile> profile;
  model::PlanOrReferral outcome;

  const model::Plan& plan() const
  {
    REQUIRE_MESSAGE(std::holds_alternative<model::Plan>(outcome), "expected a plan, got a referral");
    return std::get<model::Plan>(outcome);
  }
  const model::Referral& referral() const
  {
    REQUIRE_MESSAGE(std::holds_alternative<model::Referral>(outcome), "expected a referral, got a plan");
    return std::get<model::Referral>(outcome);
  }
  std::string rendered(render::Format format) const
  {
    ptplan::Diagnostics diagnostics;
    render::OutcomeRenderer renderer(render::builtin_templates(), builtin_knowledge(), {format}, diagnostics);
    REQUIRE_MESSAGE(renderer.ok(), diagnostics.format());
    auto text = renderer.render(outcome, *profile, format, diagnostics);
    REQUIRE_MESSAGE(text.has_value(), diagnostics.format());
    return format == render::Format::text ? unwrapped(*text) : *text;
  }

  // Plain text is wrapped at 72 columns: a line break and the indent that
  // follows are read as one space.
  static std::string unwrapped(const std::string& text)
  {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == ' ') {
        while (i + 1 < text.size() && text[i + 1] == ' ') {
          ++i;
        }
        out += ' ';
      } else {
        out += text[i];
      }
    }
    return out;
  }
};

Case plan_case(const std::string& yaml, int week = 1)
{
  Case c{std::make_unique<model::Profile>(ptplan::test::profile_from(yaml, "case.yaml")), model::Plan{}};
  c.outcome = engine::make_plan(builtin_knowledge(), *c.profile, week);
  return c;
}

// The profile text with one piece replaced; the piece must be there.
std::string with(std::string yaml, const std::string& from, const std::string& to)
{
  const auto at = yaml.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' is not in the profile");
  return yaml.replace(at, from.size(), to);
}

bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

bool note_says(const model::Plan& plan, const std::string& part)
{
  return std::any_of(plan.notes.begin(), plan.notes.end(), [&](const model::Note& n) { return contains(n.text, part); });
}

const model::LeftOutNote* left_out(const model::Plan& plan, const std::string& rule)
{
  const auto found = std::find_if(
    plan.notes_left_out.begin(), plan.notes_left_out.end(), [&](const model::LeftOutNote& n) { return n.rule == rule; });
  return found == plan.notes_left_out.end() ? nullptr : &*found;
}

Words stop_texts(const model::Plan& plan, const std::string& call)
{
  Words out;
  for (const auto& line : plan.stop_signs) {
    if (line.call == call) {
      out.push_back(line.text);
    }
  }
  return out;
}

bool stop_says(const model::Plan& plan, const std::string& call, const std::string& part)
{
  const Words texts = stop_texts(plan, call);
  return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return contains(t, part); });
}

const std::vector<render::Format> k_handout_formats = {render::Format::markdown, render::Format::text, render::Format::html};

// The general and cauda equina signs every plan keeps (CLINICAL.md s.6a).
void check_kept_signs(const model::Plan& plan)
{
  CHECK(stop_says(plan, "therapist", "pain spreads further down your leg"));
  CHECK(stop_says(plan, "therapist", "new numbness, tingling or weakness in a leg"));
  CHECK(stop_says(plan, "therapist", "much worse and does not settle"));
  CHECK(stop_says(plan, "emergency", "trouble passing urine"));
  CHECK(stop_says(plan, "emergency", "control your bowels"));
  CHECK(stop_says(plan, "emergency", "numb around your bottom or genitals"));
  CHECK(stop_says(plan, "emergency", "both of your legs get weak"));
}

const std::string k_back_pain = R"(
patient: { name: Ben Okoro, age: 50 }
conditions: [nonspecific-low-back-pain]
pain: { current: 3, stage: chronic }
schedule: { days: [mon, wed, fri], minutes_per_session: 20 }
plan: { start: 2026-03-02, weeks: 6 }
)";

const std::string k_posterior_osteoporosis = R"(
patient: { name: Rose Alvarez, age: 72 }
conditions: [hip-replacement, nonspecific-low-back-pain]
side: left
pain: { current: 3, stage: subacute }
precautions: [hip-replacement-posterior, osteoporosis]
surgery: { date: 2026-02-02 }
equipment: [chair, counter]
schedule: { days: [mon, tue, wed, thu, fri], minutes_per_session: 20 }
plan: { start: 2026-03-02, weeks: 6 }
)";

} // namespace

// ---------------------------------------------------------------------------
// Notes that agree
// ---------------------------------------------------------------------------

TEST_CASE("safety text: a posterior hip replacement drops osteoporosis' 'bend at the hips' and prints the grabber instead")
{
  const Case c = plan_case(k_posterior_osteoporosis);
  const model::Plan& plan = c.plan();
  CHECK(note_says(plan, "Protect your new left hip. Do not bend it past a right angle."));
  CHECK(note_says(plan, "turn your left foot in"));
  CHECK(note_says(plan, "Keep your back long and straight."));
  CHECK_FALSE(note_says(plan, "Bend at the hips"));
  CHECK(note_says(plan, "long-handled grabber"));
  const model::LeftOutNote* dropped = left_out(plan, "osteoporosis");
  REQUIRE(dropped != nullptr);
  CHECK(contains(dropped->text, "Bend at the hips"));
  CHECK(contains(dropped->reason, "hip-flexion-past-90"));
  CHECK(contains(dropped->reason, "hip-replacement-posterior"));
  for (const auto format : k_handout_formats) {
    CAPTURE(render::format_name(format));
    const std::string text = c.rendered(format);
    CHECK_FALSE(contains(text, "Bend at the hips"));
    CHECK(contains(text, "grabber"));
  }

  SUBCASE("a surgeon's list that bans deep hip bending drops it too")
  {
    const Case listed = plan_case(with(k_posterior_osteoporosis, "surgery: { date: 2026-02-02 }",
      "surgery: { date: 2026-02-02, restrictions: [hip-flexion-past-90] }"));
    CHECK_FALSE(note_says(listed.plan(), "Bend at the hips"));
    CHECK(note_says(listed.plan(), "Protect your new left hip. Follow the list of moves"));
  }
  SUBCASE("osteoporosis alone keeps it: the guard is not always on")
  {
    const Case alone = plan_case(R"(
patient: { name: June Park, age: 70 }
conditions: [nonspecific-low-back-pain]
pain: { current: 3 }
precautions: [osteoporosis]
plan: { start: 2026-03-02 }
)");
    CHECK(note_says(alone.plan(), "Bend at the hips, not the back, when you pick things up."));
    CHECK_FALSE(note_says(alone.plan(), "grabber"));
  }
}

namespace {

const std::string k_extension = R"(
patient: { name: Daniel Kowalski, age: 38 }
conditions: [sciatica, disc-herniation]
side: right
pain: { current: 6, irritability: moderate, stage: subacute, directional_preference: extension }
equipment: [towel, pillow, bed, chair, wall]
schedule: { days: [mon, tue, wed, thu, fri, sat, sun], minutes_per_session: 15 }
plan: { start: 2026-03-09, weeks: 6 }
)";

} // namespace

TEST_CASE("safety text: an extension exercise stopped by the log drops 'moves that arch your back should ease your pain'")
{
  const Case first = plan_case(k_extension);
  const auto extension = std::find_if(first.plan().exercises.begin(), first.plan().exercises.end(),
    [](const model::PlannedExercise& item) { return item.exercise->bias == "extension"; });
  REQUIRE_MESSAGE(extension != first.plan().exercises.end(), "the extension-preference plan has no extension exercise");
  CHECK(note_says(first.plan(), "Moves that arch your back gently should ease your pain."));

  const std::string log = fmt::format("progress:\n  - week: 1\n    sessions_done: 7\n    pain_during: 3\n    pain_next_day: "
                                      "same\n    exercises:\n      {}: {{ pain: 3, "
                                      "symptoms: peripheralising }}\n",
    extension->exercise->id);
  const Case second = plan_case(k_extension + log, 2);
  const model::Plan& plan = second.plan();
  CHECK(note_says(plan, fmt::format("{} is no longer on your plan", extension->exercise->name)));
  CHECK_FALSE(note_says(plan, "arch your back gently should ease"));
  const model::LeftOutNote* dropped = left_out(plan, "directional-preference-extension");
  REQUIRE(dropped != nullptr);
  CHECK(contains(dropped->text, "arch your back gently"));
  for (const auto format : k_handout_formats) {
    CAPTURE(render::format_name(format));
    CHECK_FALSE(contains(second.rendered(format), "should ease your pain"));
  }

  SUBCASE("a good week keeps the note")
  {
    const std::string good = "progress:\n  - { week: 1, sessions_done: 7, pain_during: 2, pain_next_day: same }\n";
    CHECK(note_says(plan_case(k_extension + good, 2).plan(), "arch your back gently should ease"));
  }
}

TEST_CASE("safety text: a progress-log stop warns against its exercise's direction, even with another such exercise left")
{
  // compose_notes itself: the stop note for prone-on-elbows drops the
  // extension-preference note although prone lying is still on the plan.
  const auto& k = builtin_knowledge();
  const Case c = plan_case(k_extension);
  const engine::Constraints constraints = engine::apply_rules(k.rules, engine::derive_facts(*c.profile, k.vocabulary, 1));
  model::PlannedExercise lying;
  lying.exercise = k.catalog.find("prone-lying");
  REQUIRE(lying.exercise != nullptr);
  REQUIRE(lying.exercise->bias == "extension");
  const std::vector<model::Note> log = {
    {"Lying propped on your elbows is no longer on your plan: it hurt.", "progress-stop-peripheralising", "prone-on-elbows"}};
  const engine::ComposedNotes kept = engine::compose_notes(constraints, {lying}, {}, k.catalog, ptplan::Sides{});
  CHECK(std::any_of(kept.notes.begin(), kept.notes.end(),
    [](const model::Note& n) { return contains(n.text, "arch your back gently should ease"); }));
  const engine::ComposedNotes stopped = engine::compose_notes(constraints, {lying}, log, k.catalog, ptplan::Sides{});
  REQUIRE_FALSE(stopped.notes.empty());
  CHECK(stopped.notes.front().text == log.front().text);
  CHECK(stopped.notes.front().exercise == "prone-on-elbows");
  CHECK(std::none_of(stopped.notes.begin(), stopped.notes.end(),
    [](const model::Note& n) { return contains(n.text, "arch your back gently should ease"); }));
  const auto dropped = std::find_if(stopped.left_out.begin(), stopped.left_out.end(),
    [](const model::LeftOutNote& n) { return n.rule == "directional-preference-extension"; });
  REQUIRE(dropped != stopped.left_out.end());
  CHECK(dropped->reason == "it advises bias extension, which the note of progress-stop-peripheralising warns against");
}

TEST_CASE("safety text: a note about something the plan lacks is not printed")
{
  // No standing, so no walking: "Walk at an easy pace" would speak of an
  // exercise the plan does not hold.
  const Case c = plan_case(R"(
patient: { name: Iris Holm, age: 81 }
conditions: [hip-osteoarthritis]
pain: { current: 3 }
precautions: [fall-risk]
limitations: [no-standing, no-floor]
equipment: [chair, bed]
plan: { start: 2026-03-02 }
)");
  const model::Plan& plan = c.plan();
  const bool walks = std::any_of(plan.exercises.begin(), plan.exercises.end(),
    [](const model::PlannedExercise& item) { return item.exercise->id == "walking"; });
  REQUIRE_FALSE(walks);
  CHECK_FALSE(note_says(plan, "Walk at an easy pace"));
  const auto dropped = std::find_if(plan.notes_left_out.begin(), plan.notes_left_out.end(),
    [](const model::LeftOutNote& n) { return contains(n.text, "Walk at an easy pace"); });
  REQUIRE(dropped != plan.notes_left_out.end());
  CHECK(dropped->rule == "fall-risk");
  CHECK(contains(dropped->reason, "exercise walking"));
  // The balance notes print exactly when a balance exercise is on the plan.
  const bool balance = std::any_of(plan.exercises.begin(), plan.exercises.end(),
    [](const model::PlannedExercise& item) { return item.exercise->category == ptplan::model::Category::balance; });
  CHECK(note_says(plan, "balance moves") == balance);

  SUBCASE("with walking on the plan it is printed")
  {
    const Case walker = plan_case(R"(
patient: { name: Iris Holm, age: 81 }
conditions: [hip-osteoarthritis]
pain: { current: 3 }
precautions: [fall-risk]
schedule: { days: [mon, tue, wed, thu, fri], minutes_per_session: 30 }
plan: { start: 2026-03-02 }
)");
    const auto& items = walker.plan().exercises;
    const bool has_walking =
      std::any_of(items.begin(), items.end(), [](const model::PlannedExercise& item) { return item.exercise->id == "walking"; });
    CHECK(note_says(walker.plan(), "Walk at an easy pace") == has_walking);
  }
}

// ---------------------------------------------------------------------------
// The pain guide, relative to the usual pain
// ---------------------------------------------------------------------------

TEST_CASE("safety text: a chronic-pain patient whose usual pain is 6 gets a pain guide relative to it")
{
  const Case c = plan_case(R"(
patient: { name: Tom Reyes, age: 47 }
conditions: [nonspecific-low-back-pain]
pain: { current: 6, stage: chronic }
start_back: [1, 1, 1, 1, 1, 1, 1, 1, very-much]
plan: { start: 2026-03-02 }
)");
  const model::Plan& plan = c.plan();
  CHECK(plan.pain_guide.relative);
  CHECK(plan.pain_guide.green_top == 6);
  CHECK(plan.pain_guide.yellow_top == 8);
  CHECK_FALSE(note_says(plan, "normal and safe"));
  CHECK(note_says(plan, "The pain guide in this plan shows how much is OK."));
  for (const auto format : k_handout_formats) {
    CAPTURE(render::format_name(format));
    const std::string text = c.rendered(format);
    CHECK(contains(text, "Your usual pain is about 6 out of 10."));
    CHECK(contains(text, "Green (6 out of 10 or less, no worse than usual)"));
    CHECK(contains(text, "Yellow (7 to 8 out of 10, up to 2 points above your usual)"));
    CHECK(contains(text, "Red (more than 8 out of 10, or still above your usual level the next morning)"));
    CHECK_FALSE(contains(text, "more than 5 out of 10"));
  }
  SUBCASE("usual pain in the green zone keeps the absolute guide")
  {
    const Case low = plan_case(k_back_pain);
    CHECK_FALSE(low.plan().pain_guide.relative);
    CHECK(contains(low.rendered(render::Format::markdown), "Red (more than 5 out of 10), or worse the next morning"));
    CHECK_FALSE(contains(low.rendered(render::Format::markdown), "Your usual pain"));
  }
}

TEST_CASE("safety text: the change rules judge logged pain as the printed pain guide does")
{
  // For every usual pain and every logged pain, next week's decision is the
  // guide's colour: green progresses, yellow holds, red steps back.
  const auto& k = builtin_knowledge();
  const model::Exercise* exercise = k.catalog.find("glute-bridge");
  REQUIRE(exercise != nullptr);
  for (int usual = 0; usual <= 10; ++usual) {
    const model::PainGuide guide = engine::pain_guide_for(usual);
    const model::Profile profile = ptplan::test::profile_from(fmt::format(R"(
patient: {{ name: Pain Check, age: 45 }}
conditions: [nonspecific-low-back-pain]
pain: {{ current: {} }}
schedule: {{ days: [mon, wed, fri] }}
progress:
  - {{ week: 1, sessions_done: 3, pain_during: 0, pain_next_day: same }}
)",
      usual));
    const engine::Facts facts = engine::derive_facts(profile, k.vocabulary, 2);
    for (int pain = 0; pain <= 10; ++pain) {
      CAPTURE(usual);
      CAPTURE(pain);
      model::WeekReport report = profile.progress.front();
      report.exercises.push_back({exercise->id, pain, "right", "", {}});
      const engine::ChangeDecision decision = engine::decide_change(k.rules, facts, *exercise, &report);
      const engine::ChangeTo expected = pain <= guide.green_top    ? engine::ChangeTo::progress
                                        : pain <= guide.yellow_top ? engine::ChangeTo::hold
                                                                   : engine::ChangeTo::regress;
      CHECK(static_cast<int>(decision.to) == static_cast<int>(expected));
    }
  }
}

// ---------------------------------------------------------------------------
// A stop box per condition
// ---------------------------------------------------------------------------

TEST_CASE("safety text: every plan keeps the general and cauda equina signs, and only them without a condition that adds more")
{
  const Case c = plan_case(k_back_pain);
  check_kept_signs(c.plan());
  CHECK(c.plan().stop_signs.size() == 8);
  const std::string md = c.rendered(render::Format::markdown);
  CHECK(contains(md, "**Go to an emergency department now, or call an ambulance, if:**"));
  CHECK(contains(md, "**Stop and call your therapist if:**"));
  CHECK_FALSE(contains(md, "call your doctor today"));
  CHECK_FALSE(contains(md, "midwife"));
  for (const auto format : k_handout_formats) {
    CAPTURE(render::format_name(format));
    const std::string text = c.rendered(format);
    CHECK((contains(text, "When to stop and get help") || contains(text, "WHEN TO STOP AND GET HELP")));
    CHECK(contains(text, "you cannot control your bowels"));
    CHECK(contains(text, "pain spreads further down your leg"));
  }
}

TEST_CASE("safety text: a hip replacement adds dislocation, blood clot and wound signs while its precautions last")
{
  const std::string anterior = R"(
patient: { name: Robert Castillo, age: 59 }
conditions: [hip-replacement]
side: left
pain: { current: 2 }
precautions: [hip-replacement-anterior]
surgery: { date: 2026-04-06 }
plan: { start: 2026-05-04 }
)";
  const Case c = plan_case(anterior);
  check_kept_signs(c.plan());
  CHECK(stop_says(c.plan(), "emergency", "you feel a pop"));
  CHECK(stop_says(c.plan(), "emergency", "short of breath, or you have chest pain"));
  CHECK(stop_says(c.plan(), "doctor", "calf is newly painful, swollen, warm or red"));
  CHECK(stop_says(c.plan(), "doctor", "your wound is red, hot, swollen or leaking"));
  for (const auto format : k_handout_formats) {
    CAPTURE(render::format_name(format));
    const std::string text = c.rendered(format);
    CHECK(contains(text, "Stop the exercises and call your doctor today if:"));
    CHECK(contains(text, "it may have come out of place"));
  }
  SUBCASE("posterior, and an approach not given, add them too")
  {
    CHECK(stop_says(plan_case(k_posterior_osteoporosis).plan(), "emergency", "you feel a pop"));
    CHECK(stop_says(
      plan_case(with(anterior, "precautions: [hip-replacement-anterior]\n", "")).plan(), "emergency", "you feel a pop"));
  }
  SUBCASE("after 12 weeks without a surgeon's list they go; with a list they stay")
  {
    const std::string late = with(anterior, "2026-04-06", "2025-12-01");
    CHECK_FALSE(stop_says(plan_case(late).plan(), "emergency", "you feel a pop"));
    check_kept_signs(plan_case(late).plan());
    const std::string listed =
      with(late, "surgery: { date: 2025-12-01 }", "surgery: { date: 2025-12-01, restrictions: [hip-extension-past-neutral] }");
    CHECK(stop_says(plan_case(listed).plan(), "emergency", "you feel a pop"));
  }
}

TEST_CASE("safety text: pregnancy moves the ACOG warning signs from the notes into the stop box")
{
  const Case c = plan_case(R"(
patient: { name: Aisha Rahman, age: 31 }
conditions: [si-joint-pain]
side: both
pain: { current: 4 }
precautions: [pregnancy]
pregnancy: { weeks: 24 }
equipment: [chair, pillow, wall, counter]
plan: { start: 2026-03-09 }
)");
  const model::Plan& plan = c.plan();
  check_kept_signs(plan);
  CHECK(stop_says(plan, "emergency", "bleeding from your vagina, or fluid leaking"));
  CHECK(stop_says(plan, "emergency", "painful contractions that keep coming"));
  CHECK(stop_says(plan, "emergency", "chest pain"));
  for (const auto& sign : {"baby is moving less", "dizzy or faint", "short of breath before you start", "headache",
         "weak and it affects your balance", "pain or swelling in a calf"}) {
    CAPTURE(sign);
    CHECK(stop_says(plan, "midwife", sign));
  }
  CHECK_FALSE(note_says(plan, "bleeding"));
  CHECK_FALSE(note_says(plan, "contractions"));
  for (const auto format : k_handout_formats) {
    CAPTURE(render::format_name(format));
    CHECK(contains(c.rendered(format), "Stop exercising and call your midwife or doctor today if:"));
  }
}

TEST_CASE("safety text: osteoporosis and fall risk add their own signs")
{
  const Case c = plan_case(R"(
patient: { name: Edith Lang, age: 79 }
conditions: [nonspecific-low-back-pain]
pain: { current: 3 }
precautions: [osteoporosis, fall-risk]
plan: { start: 2026-03-02 }
)");
  check_kept_signs(c.plan());
  CHECK(stop_says(c.plan(), "doctor", "sudden, bad back pain, most of all after a small strain, a lift or a fall"));
  CHECK(stop_says(c.plan(), "therapist", "you have a fall this week"));
  CHECK(stop_says(c.plan(), "therapist", "you feel dizzy when you stand up"));
  CHECK_FALSE(stop_says(c.plan(), "emergency", "you feel a pop"));
  CHECK_FALSE(stop_says(c.plan(), "midwife", "baby"));
  const std::string text = c.rendered(render::Format::text);
  CHECK(contains(text, "a bone in your spine may have broken"));
}

// ---------------------------------------------------------------------------
// Referral notices and red flags in context
// ---------------------------------------------------------------------------

TEST_CASE("safety text: a suspected-cancer referral says its urgency and when to go to the emergency department instead")
{
  const Case c = plan_case(k_back_pain + "red_flags: [cancer-history]\n");
  const model::Referral& referral = c.referral();
  CHECK(referral.urgency == "urgent");
  const auto says = [&](const std::string& part) {
    return std::any_of(
      referral.go_now.begin(), referral.go_now.end(), [&](const model::StopLine& line) { return contains(line.text, part); });
  };
  CHECK(says("new weakness in one or both legs"));
  CHECK(says("numb around your bottom or genitals"));
  CHECK(says("trouble passing urine"));
  CHECK(says("control your bowels"));
  CHECK_FALSE(says("pain spreads further down your leg")); // a therapist sign, not an emergency
  const std::string md = c.rendered(render::Format::markdown);
  CHECK(md.rfind("# See a doctor within 24 hours\n", 0) == 0);
  CHECK(contains(md, "Take this sheet with you"));
  CHECK(contains(md, "Do not wait for your appointment. Go to an emergency department now if:"));
  CHECK(contains(md, "- you get new weakness in one or both legs"));
  CHECK(contains(md, "- a history of cancer with new back pain"));
  for (const auto format : k_handout_formats) {
    CAPTURE(render::format_name(format));
    const std::string text = c.rendered(format);
    CHECK(contains(text, "See a doctor within 24 hours"));
    CHECK(contains(text, "new weakness in one or both legs"));
    CHECK_FALSE(contains(text, "Please see a doctor before"));
  }
  SUBCASE("an emergency referral says go now, with no waiting list")
  {
    const Case now = plan_case(k_back_pain + "red_flags: [saddle-numbness]\n");
    CHECK(now.referral().urgency == "emergency");
    CHECK(now.referral().go_now.empty());
    const std::string text = now.rendered(render::Format::markdown);
    CHECK(text.rfind("# Go to an emergency department now\n", 0) == 0);
    CHECK_FALSE(contains(text, "Do not wait for your appointment"));
  }
}

TEST_CASE("safety text: new dizziness is an emergency naming only its own sign; known, assessed dizziness gives a plan")
{
  const Case c = plan_case(k_back_pain + "red_flags: [dizziness]\n");
  const model::Referral& referral = c.referral();
  CHECK(referral.urgency == "emergency");
  REQUIRE(referral.rules.size() == 1);
  CHECK(referral.rules[0]->id == "red-flag-new-dizziness");
  const std::string md = c.rendered(render::Format::markdown);
  CHECK(contains(md, "- new dizziness or feeling faint"));
  CHECK_FALSE(contains(md, "- chest pain"));
  CHECK_FALSE(contains(md, "swollen calf"));
  for (const auto& reason : referral.reasons) {
    CHECK_FALSE(contains(reason, "Chest pain, a painful swollen calf"));
  }

  SUBCASE("known dizziness: supported balance, slow position changes, and new dizziness in the stop box")
  {
    const Case known = plan_case(R"(
patient: { name: Vera Nash, age: 68 }
conditions: [nonspecific-low-back-pain]
pain: { current: 3 }
precautions: [known-dizziness]
plan: { start: 2026-03-02 }
)");
    const model::Plan& plan = known.plan();
    for (const auto& item : plan.exercises) {
      CAPTURE(item.exercise->id);
      CHECK_FALSE(std::find(item.exercise->movements.begin(), item.exercise->movements.end(), "balance-unsupported")
                  != item.exercise->movements.end());
    }
    CHECK(note_says(plan, "Change position slowly."));
    CHECK(stop_says(plan, "emergency", "your dizziness is new, or feels different"));
    CHECK(stop_says(plan, "emergency", "you are dizzy and also have chest pain"));
    CHECK(stop_says(plan, "therapist", "you feel dizzy when you stand up"));
    check_kept_signs(plan);
  }
}

// ---------------------------------------------------------------------------
// The affected side
// ---------------------------------------------------------------------------

namespace {

std::string gluteal(const std::string& side)
{
  return fmt::format(R"(
patient: {{ name: Karen O'Neill, age: 54 }}
conditions: [gluteal-tendinopathy]
side: {}
pain: {{ current: 5, stage: chronic, directional_preference: none }}
equipment: [chair, counter, band, step, wall]
schedule: {{ days: [mon, tue, thu, sat], minutes_per_session: 20 }}
plan: {{ start: 2026-09-07, weeks: 8 }}
)",
    side);
}

} // namespace

TEST_CASE("safety text: a left-sided gluteal tendinopathy works the left leg, a right-sided one the right")
{
  const Case left = plan_case(gluteal("left"));
  const Case right = plan_case(gluteal("right"));
  const auto& items = left.plan().exercises;
  REQUIRE(std::any_of(items.begin(), items.end(),
    [](const model::PlannedExercise& item) { return item.exercise->id == "standing-hip-abduction"; }));
  for (const auto format : k_handout_formats) {
    CAPTURE(render::format_name(format));
    const std::string l = left.rendered(format);
    const std::string r = right.rendered(format);
    CHECK(contains(l, "Shift your weight onto your right leg."));
    CHECK(contains(l, "Slowly lift your left leg out to the side a short way."));
    CHECK(contains(r, "Shift your weight onto your left leg."));
    CHECK(contains(r, "Slowly lift your right leg out to the side a short way."));
    CHECK(contains(l, "on each side. Start with your left side."));
    CHECK(contains(r, "on each side. Start with your right side."));
    CHECK(contains(l, "do not lie on your left side"));
    CHECK(contains(r, "do not lie on your right side"));
    CHECK_FALSE(contains(l, "{side}"));
    CHECK_FALSE(contains(l, "{other}"));
  }
  SUBCASE("a dose done with both legs at once never says each side")
  {
    const std::string md = left.rendered(render::Format::markdown);
    const auto bridge = md.find("### 2. Bridge");
    if (bridge != std::string::npos) {
      const std::string block = md.substr(bridge, md.find("###", bridge + 4) - bridge);
      CHECK_FALSE(contains(block, "each side"));
      CHECK_FALSE(contains(block, "Start with your"));
    }
  }
  SUBCASE("no side, or both: right and left as written, each side, and no side named in the notes")
  {
    for (const std::string side : {"both", "null"}) {
      CAPTURE(side);
      const Case none = plan_case(gluteal(side));
      const std::string md = none.rendered(render::Format::markdown);
      CHECK(contains(md, "Shift your weight onto your left leg."));
      CHECK(contains(md, "Slowly lift your right leg out to the side"));
      CHECK(contains(md, "on each side."));
      CHECK_FALSE(contains(md, "Start with your"));
      CHECK(contains(md, "do not lie on the sore side"));
    }
  }
}

TEST_CASE("safety text: a one-sided surgeon restriction names that side and never relaxes a ban")
{
  const Case c = plan_case(k_posterior_osteoporosis);
  CHECK(note_says(c.plan(), "Protect your new left hip."));
  const Case r = plan_case(with(k_posterior_osteoporosis, "side: left", "side: right"));
  CHECK(note_says(r.plan(), "Protect your new right hip."));
  // The same exercises are ruled out whichever side it is.
  Words a;
  Words b;
  for (const auto& e : c.plan().excluded) {
    a.push_back(e.id + " " + e.rule);
  }
  for (const auto& e : r.plan().excluded) {
    b.push_back(e.id + " " + e.rule);
  }
  CHECK(a == b);
}

// ---------------------------------------------------------------------------
// ptplan check: notes that conflict
// ---------------------------------------------------------------------------

namespace {

std::string notes_lint_of(const model::Knowledge& knowledge)
{
  ptplan::Diagnostics diagnostics;
  ptplan::lint::lint_notes(knowledge, diagnostics);
  ptplan::lint::lint_side_tokens(knowledge, diagnostics);
  return diagnostics.format();
}

model::Rule& rule_named(model::Knowledge& knowledge, const std::string& id)
{
  const auto found =
    std::find_if(knowledge.rules.rules.begin(), knowledge.rules.rules.end(), [&](const model::Rule& r) { return r.id == id; });
  REQUIRE(found != knowledge.rules.rules.end());
  return *found;
}

} // namespace

TEST_CASE("safety text: ptplan check finds notes that conflict with each other or with their rule's forbids")
{
  CHECK(notes_lint_of(builtin_knowledge()) == "");

  SUBCASE("advising what the note's own rule forbids")
  {
    model::Knowledge k = builtin_knowledge();
    rule_named(k, "hip-replacement-posterior").notes.at(0).advises.movements = {"hip-flexion-past-90"};
    CHECK(
      contains(notes_lint_of(k), "hip-replacement-posterior: the note advises hip-flexion-past-90, which its own rule forbids"));
  }
  SUBCASE("advising what another note of the rule warns against")
  {
    model::Knowledge k = builtin_knowledge();
    rule_named(k, "lumbar-stenosis").notes.at(0).advises.biases = {"extension"};
    CHECK(contains(notes_lint_of(k), "lumbar-stenosis: the note advises extension, which another note of the same rule warns"));
  }
  SUBCASE("warning against what the rule does not forbid")
  {
    model::Knowledge k = builtin_knowledge();
    rule_named(k, "gluteal-tendinopathy").notes.at(0).warns.movements.push_back("impact");
    CHECK(contains(notes_lint_of(k), "gluteal-tendinopathy: the note warns against impact, which its rule does not forbid"));
  }
  SUBCASE("words that speak of a movement the note does not declare")
  {
    model::Knowledge k = builtin_knowledge();
    rule_named(k, "directional-preference-extension").notes.at(0).advises = {};
    rule_named(k, "directional-preference-extension").notes.at(0).needs = {};
    CHECK(contains(notes_lint_of(k), "directional-preference-extension: the note speaks of \"arch\""));
  }
  SUBCASE("a note that can never be printed, and an unknown exercise")
  {
    model::Knowledge k = builtin_knowledge();
    auto& note = rule_named(k, "fall-risk").notes.at(1);
    note.needs.exercises = {"walkin"};
    note.advises.categories = {"self-care"};
    model::Rule& always = rule_named(k, "session-length");
    always.forbid.categories = {"self-care"};
    const std::string errors = notes_lint_of(k);
    CHECK(contains(errors, "fall-risk: the note names exercise \"walkin\", which the catalog does not hold"));
    CHECK(contains(
      errors, "fall-risk: the note can never be printed: it advises self-care, which rule session-length always forbids"));
  }
  SUBCASE("side tokens: only in sided text, and only {side} and {other} in exercises")
  {
    model::Knowledge k = builtin_knowledge();
    rule_named(k, "recent-surgery").notes.at(0).text = "Protect your {side} hip.";
    const std::string errors = notes_lint_of(k);
    CHECK(contains(errors, "recent-surgery: {side} and {other} belong in the note's sided text"));
  }
}

TEST_CASE("safety text: side tokens and the dose's first side")
{
  using ptplan::Sides;
  using ptplan::sides_for;
  using ptplan::with_sides;
  CHECK(with_sides("Lift your {side} leg, stand on your {other} leg.", sides_for("left"))
        == "Lift your left leg, stand on your right leg.");
  CHECK(with_sides("Lift your {side} leg, stand on your {other} leg.", sides_for("right"))
        == "Lift your right leg, stand on your left leg.");
  for (const auto* none : {"both", ""}) {
    CAPTURE(none);
    const Sides sides = sides_for(none);
    CHECK_FALSE(sides.named);
    CHECK(with_sides("{side}/{other}", sides) == "right/left");
  }
  CHECK(sides_for("left").named);
  CHECK(with_sides("{ side} {sid {other", Sides{}) == "{ side} {sid {other");
  CHECK(with_sides("", Sides{}).empty());
  CHECK(ptplan::names_a_side("your {other} foot"));
  CHECK_FALSE(ptplan::names_a_side("your left foot"));

  model::Dosage each;
  each.set(model::DoseField::reps, 10);
  each.side = "each";
  CHECK(render::dose_in_words(each) == "Do it 10 times on each side.");
  CHECK(render::dose_in_words(each, "left") == "Do it 10 times on each side. Start with your left side.");
  model::Dosage both = each;
  both.side = "both";
  CHECK(render::dose_in_words(both, "left") == "Do it 10 times.");
  model::Dosage minutes;
  minutes.set(model::DoseField::minutes, 10);
  minutes.side = "each";
  CHECK(render::dose_in_words(minutes, "left") == "Do this for 10 minutes.");
}
