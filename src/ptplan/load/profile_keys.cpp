#include "ptplan/load/profile_keys.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <string>
#include <unordered_map>

namespace ptplan::load {

namespace {

using enum KeyType;

// The profile's shape. Adding a key: a row here, a field in model::Profile,
// the loader line that reads it (profile_loader.cpp), and the rule or
// renderer that uses it. The schema and the skeleton follow by themselves.
const std::vector<ProfileKey> k_keys = {
  {.path = "patient", .type = map, .required = true},
  {.path = "patient.name", .type = text, .required = true, .example = "First Last", .placeholder = true},
  {.path = "patient.age", .type = integer, .required = true, .lowest = 12, .highest = 110, .example = "60"},

  {.path = "conditions",
    .type = list,
    .required = true,
    .vocabulary = "conditions",
    .min_items = 1,
    .help = "at least one; write { id: hip-osteoarthritis, side: right } for a condition with its own side",
    .example = "[nonspecific-low-back-pain]"},
  {.path = "conditions[]", .type = word_or_map, .vocabulary = "conditions"},
  {.path = "conditions[].id", .type = word, .required = true, .vocabulary = "conditions"},
  {.path = "conditions[].side", .type = word, .vocabulary = "sides"},
  {.path = "side", .type = word, .vocabulary = "sides", .help = "the painful side", .example = "both"},

  {.path = "pain", .type = map, .required = true},
  {.path = "pain.current", .type = integer, .required = true, .lowest = 0, .highest = 10, .example = "4"},
  {.path = "pain.irritability",
    .type = word,
    .vocabulary = "irritability",
    .default_value = "from pain.current",
    .example = "moderate"},
  {.path = "pain.stage", .type = word, .vocabulary = "stages", .example = "chronic"},
  {.path = "pain.directional_preference", .type = word, .vocabulary = "preferences", .example = "none"},

  {.path = "precautions", .type = words, .vocabulary = "precautions", .example = "[]"},
  {.path = "surgery",
    .type = map,
    .help = "with a hip replacement, the surgery date (the default restrictions last 12 weeks) and the surgeon's own "
            "list of movement tags, which replaces the defaults",
    .show = Show::commented},
  {.path = "surgery.date", .type = date, .example = "2026-10-01"},
  {.path = "surgery.restrictions",
    .type = words,
    .vocabulary = "movements",
    .example = "[hip-flexion-past-90, hip-adduction-past-midline]"},
  {.path = "surgery.restrictions_until",
    .type = date,
    .default_value = "12 weeks after the date",
    .help = "when the surgeon lifts the restrictions",
    .example = "2026-12-24"},
  {.path = "pregnancy",
    .type = map,
    .help = "with the pregnancy precaution, the weeks of pregnancy at the plan start",
    .show = Show::commented},
  {.path = "pregnancy.weeks", .type = integer, .lowest = 1, .highest = 42, .example = "24"},
  {.path = "postpartum",
    .type = map,
    .help = "with the postpartum condition, the weeks since the birth at the plan start",
    .show = Show::commented},
  {.path = "postpartum.weeks", .type = integer, .lowest = 0, .highest = 104, .example = "10"},

  {.path = "red_flags",
    .type = words,
    .vocabulary = "red_flags",
    .help = "any red flag gives a referral notice instead of a plan, unless a doctor has cleared it (clearance below)",
    .example = "[]"},
  {.path = "clearance",
    .type = map,
    .help = "medical clearance for the red flags above (all of them, or those in flags), dated no later than plan.start",
    .show = Show::commented},
  {.path = "clearance.by", .type = text, .required = true, .example = "Dr. Chen"},
  {.path = "clearance.date", .type = date, .required = true, .example = "2026-11-20"},
  {.path = "clearance.flags", .type = words, .vocabulary = "red_flags", .example = "[cancer-history]"},

  {.path = "limitations", .type = words, .vocabulary = "limitations", .example = "[]"},
  {.path = "equipment",
    .type = words,
    .vocabulary = "equipment",
    .default_value = "{default_equipment}",
    .help = "what the patient has at home",
    .example = "[chair, wall, counter, bed, pillow, towel]"},
  {.path = "mobility", .type = map, .help = "how the patient gets about", .show = Show::commented},
  {.path = "mobility.walking_aid", .type = word, .vocabulary = "walking_aids", .example = "cane"},
  {.path = "mobility.weight_bearing",
    .type = word,
    .vocabulary = "weight_bearing",
    .help = "on the affected side",
    .example = "full"},
  {.path = "avoid",
    .type = words,
    .vocabulary = "activities",
    .help = "activities the patient must not do",
    .example = "[running]",
    .show = Show::commented},
  {.path = "priorities",
    .type = words,
    .vocabulary = "activities",
    .help = "activities the plan should help with first",
    .example = "[walking, stairs]",
    .show = Show::commented},
  {.path = "sex",
    .type = word,
    .vocabulary = "sexes",
    .help = "for the norms of the chair-stand test",
    .example = "female",
    .show = Show::commented},
  {.path = "language",
    .type = word,
    .vocabulary = "languages",
    .default_value = "en",
    .help = "the handout's language",
    .example = "en",
    .show = Show::commented},

  {.path = "schedule", .type = map},
  {.path = "schedule.days",
    .type = words,
    .vocabulary = "weekdays",
    .min_items = 1,
    .default_value = "every day",
    .example = "[mon, tue, wed, thu, fri, sat, sun]"},
  {.path = "schedule.minutes_per_session", .type = integer, .lowest = 5, .highest = 120, .default_value = "20", .example = "20"},
  {.path = "schedule.clinic_visits_per_week", .type = integer, .lowest = 0, .highest = 3, .example = "1"},

  {.path = "start_back",
    .type = start_back,
    .vocabulary = "bothersome",
    .help = "the 9 STarT Back answers; items 1-8: 1 = agree, 0 = disagree; item 9 (how bothersome): not-at-all, "
            "slightly, moderately, very-much or extremely",
    .example = "[0, 0, 1, 0, 0, 0, 0, 0, moderately]",
    .show = Show::commented},
  {.path = "goals",
    .type = texts,
    .help = "in the patient's words; put text with a # or a : in quotes",
    .example = "[\"Walk for 30 minutes without pain\"]"},

  {.path = "plan", .type = map},
  {.path = "plan.start", .type = date, .help = "without it the plan has no dates", .example = "2026-12-07"},
  {.path = "plan.weeks", .type = integer, .lowest = 1, .highest = 52, .help = "the length of the programme", .example = "6"},

  {.path = "therapist", .type = map},
  {.path = "therapist.name", .type = text, .example = "Your Name", .placeholder = true},
  {.path = "therapist.clinic", .type = text, .example = "Your Clinic", .placeholder = true},
  {.path = "therapist.phone", .type = text, .example = "Your Phone", .placeholder = true},

  {.path = "choices",
    .type = map,
    .help = "the therapist's own picks; the rules still check them, and a pick a rule forbids is refused unless "
            "allow names that rule",
    .show = Show::commented},
  {.path = "choices.include",
    .type = words,
    .vocabulary = "exercises",
    .help = "must be on the plan",
    .example = "[heel-raise-counter, walking]"},
  {.path = "choices.exclude", .type = words, .vocabulary = "exercises", .help = "never on the plan", .example = "[clamshell]"},
  {.path = "choices.dose",
    .type = id_map,
    .vocabulary = "exercises",
    .help = "replaces the computed dose",
    .example_key = "heel-raise-counter"},
  {.path = "choices.dose.*", .type = map, .flow = true},
  {.path = "choices.dose.*.sets", .type = integer, .lowest = 1, .highest = 10, .example = "3"},
  {.path = "choices.dose.*.reps", .type = integer, .lowest = 1, .highest = 100, .example = "12"},
  {.path = "choices.dose.*.hold_seconds", .type = integer, .lowest = 1, .highest = 600, .example = "30", .show = Show::no},
  {.path = "choices.dose.*.minutes", .type = integer, .lowest = 1, .highest = 180, .example = "20", .show = Show::no},
  {.path = "choices.dose.*.times_per_day", .type = integer, .lowest = 1, .highest = 10, .example = "1", .show = Show::no},
  {.path = "choices.dose.*.days_per_week", .type = integer, .lowest = 1, .highest = 7, .example = "5", .show = Show::no},
  {.path = "choices.note",
    .type = id_map,
    .vocabulary = "exercises",
    .help = "your own line on that exercise's block",
    .example_key = "heel-raise-counter"},
  {.path = "choices.note.*", .type = text, .example = "\"Rise up slowly and come down slowly.\""},
  {.path = "choices.allow", .type = list, .help = "a pick a rule forbids that you take responsibility for, with the reason"},
  {.path = "choices.allow[]", .type = map},
  {.path = "choices.allow[].exercise",
    .type = word,
    .required = true,
    .vocabulary = "exercises",
    .example = "figure-4-pull-stretch"},
  {.path = "choices.allow[].rule", .type = word, .required = true, .vocabulary = "rules", .example = "hip-replacement-posterior"},
  {.path = "choices.allow[].reason", .type = text, .required = true, .example = "\"Surgeon cleared on 2026-11-20\""},

  {.path = "progress",
    .type = list,
    .help = "the progress log. Each week, add what happened; the plan for week N (ptplan plan --week N) progresses, "
            "holds or regresses each exercise from the entries before it, and ptplan review summarises the course",
    .show = Show::commented},
  {.path = "progress[]", .type = map},
  {.path = "progress[].week", .type = integer, .required = true, .lowest = 1, .highest = 52, .example = "1"},
  {.path = "progress[].sessions_done",
    .type = integer,
    .required = true,
    .lowest = 0,
    .highest = 7,
    .help = "of the days in schedule.days",
    .example = "5"},
  {.path = "progress[].pain_during",
    .type = integer,
    .required = true,
    .lowest = 0,
    .highest = 10,
    .help = "worst pain during exercise",
    .example = "3"},
  {.path = "progress[].pain_next_day", .type = word, .required = true, .vocabulary = "next_day", .example = "same"},
  {.path = "progress[].symptoms", .type = word, .vocabulary = "symptoms", .example = "unchanged"},
  {.path = "progress[].exercises",
    .type = id_map,
    .vocabulary = "exercises",
    .help = "by exercise id (`ptplan catalog list`); difficulty: easy, right or hard",
    .example_key = "glute-bridge"},
  {.path = "progress[].exercises.*", .type = map, .flow = true},
  {.path = "progress[].exercises.*.pain", .type = integer, .lowest = 0, .highest = 10, .example = "2"},
  {.path = "progress[].exercises.*.difficulty", .type = word, .vocabulary = "difficulty", .example = "easy"},
  {.path = "progress[].exercises.*.symptoms", .type = word, .vocabulary = "symptoms", .example = "unchanged"},
  {.path = "progress[].outcomes", .type = map},
  {.path = "progress[].outcomes.nprs", .type = integer, .lowest = 0, .highest = 10, .help = "usual pain", .example = "4"},
  {.path = "progress[].outcomes.odi",
    .type = scores,
    .lowest = 0,
    .highest = 5,
    .min_items = 10,
    .help = "Oswestry: 10 sections, null if unanswered",
    .example = "[1, 2, 1, 0, 2, 1, 1, 0, 1, 1]"},
  {.path = "progress[].outcomes.psfs",
    .type = text_map,
    .lowest = 0,
    .highest = 10,
    .min_items = 1,
    .max_items = 5,
    .help = "up to 5 activities, 0 (unable) to 10 (as before)",
    .example = "{ \"walk to the shops\": 6 }"},
  {.path = "progress[].outcomes.tug",
    .type = decimal,
    .lowest = 1,
    .highest = 300,
    .help = "Timed Up and Go, seconds",
    .example = "11.5"},
  {.path = "progress[].outcomes.chair_stand",
    .type = integer,
    .lowest = 0,
    .highest = 60,
    .help = "full stands in 30 seconds, arms crossed; 0 if the hands are needed",
    .example = "10"},
  {.path = "progress[].outcomes.hoos12", .type = map, .help = "HOOS-12 for the hip: 4 items a subscale, 0 (none) to 4 (extreme)"},
  {.path = "progress[].outcomes.hoos12.pain",
    .type = scores,
    .lowest = 0,
    .highest = 4,
    .min_items = 4,
    .help = "null if unanswered",
    .example = "[1, 2, 1, 1]"},
  {.path = "progress[].outcomes.hoos12.function",
    .type = scores,
    .lowest = 0,
    .highest = 4,
    .min_items = 4,
    .example = "[2, 1, 1, null]"},
  {.path = "progress[].outcomes.hoos12.quality_of_life",
    .type = scores,
    .lowest = 0,
    .highest = 4,
    .min_items = 4,
    .example = "[2, 2, 1, 2]"},
};

} // namespace

namespace {

// Lookups by path and by parent, built once: the loader asks for every key
// of every profile it reads.
struct KeyIndex
{
  std::unordered_map<std::string_view, const ProfileKey*> by_path;
  std::unordered_map<std::string_view, std::vector<const ProfileKey*>> children;
  std::unordered_map<std::string_view, std::vector<std::string_view>> names;
};

const KeyIndex& key_index()
{
  static const KeyIndex k_index = [] {
    KeyIndex index;
    for (const auto& key : k_keys) {
      index.by_path.emplace(key.path, &key);
      if (!key_name(key.path).empty()) {
        index.children[parent_path(key.path)].push_back(&key);
        index.names[parent_path(key.path)].push_back(key_name(key.path));
      }
    }
    return index;
  }();
  return k_index;
}

} // namespace

const std::vector<ProfileKey>& profile_keys()
{
  return k_keys;
}

const ProfileKey* find_profile_key(std::string_view path)
{
  const auto& by_path = key_index().by_path;
  const auto found = by_path.find(path);
  return found == by_path.end() ? nullptr : found->second;
}

const ProfileKey& profile_key(std::string_view path)
{
  if (const ProfileKey* key = find_profile_key(path)) {
    return *key;
  }
  throw std::logic_error(fmt::format("profile key \"{}\" is not in the key table (load/profile_keys.cpp)", path));
}

std::string_view parent_path(std::string_view path)
{
  if (path.ends_with("[]")) {
    return path.substr(0, path.size() - 2);
  }
  if (path.ends_with(".*")) {
    return path.substr(0, path.size() - 2);
  }
  const auto dot = path.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : path.substr(0, dot);
}

std::string_view key_name(std::string_view path)
{
  if (path.ends_with("[]") || path.ends_with(".*")) {
    return {};
  }
  const auto dot = path.rfind('.');
  return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

const std::vector<const ProfileKey*>& keys_under(std::string_view parent)
{
  static const std::vector<const ProfileKey*> k_none;
  const auto& children = key_index().children;
  const auto found = children.find(parent);
  return found == children.end() ? k_none : found->second;
}

const std::vector<std::string_view>& key_names_under(std::string_view parent)
{
  static const std::vector<std::string_view> k_none;
  const auto& names = key_index().names;
  const auto found = names.find(parent);
  return found == names.end() ? k_none : found->second;
}

} // namespace ptplan::load
