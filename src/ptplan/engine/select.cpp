#include "ptplan/engine/select.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::engine {

Exclusions find_exclusions(const model::Catalog& catalog, const Constraints& constraints)
{
  Exclusions exclusions;
  for (const auto& exercise : catalog.exercises()) {
    if (auto exclusion = check_exercise(exercise, constraints)) {
      exclusions.emplace(exercise.id, std::move(*exclusion));
    }
  }
  return exclusions;
}

namespace {

bool contains(const std::vector<std::string>& list, const std::string& word)
{
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Hip strength for back and hip pain means the buttock and outer hip
// muscles; marching (hip flexors) is trunk work.
bool works_hip(const model::Exercise& e)
{
  return contains(e.muscle_groups, "hip-abductors") || contains(e.muscle_groups, "hip-extensors")
         || contains(e.muscle_groups, "hip-rotators");
}

// One part of a balanced session.
struct Slot
{
  std::string name;
  std::function<bool(const model::Exercise&)> matches;
};

class Selector
{
public:
  Selector(const model::Catalog& catalog, const model::Vocabulary& vocabulary, const model::Profile& profile,
    const Constraints& constraints, const Exclusions& exclusions, const FitCheck& fits, const Seeds* seeds)
      : m_catalog(catalog), m_vocabulary(vocabulary), m_profile(profile), m_constraints(constraints), m_exclusions(exclusions),
        m_fits(fits), m_seeds(seeds), m_excluded(catalog.exercises().size(), false), m_resolved(catalog.exercises().size()),
        m_families(catalog.exercises().size(), nullptr), m_used_families(catalog.exercises().size(), false),
        m_skips(catalog.exercises().size())
  {
    // Selection asks about each exercise many times: look the exclusions up
    // once, by catalog position.
    for (const auto& exercise : catalog.exercises()) {
      m_excluded[catalog.index_of(exercise)] = exclusions.contains(exercise.id);
    }
  }

  Selection run()
  {
    rank();
    std::vector<std::string> kept_slots;
    if (!m_seeds) {
      add_picks(kept_slots);
    }
    if (m_seeds) {
      for (const auto& seed : m_seeds->choices) {
        if (keep_seed(seed) && !seed.slot.empty()) {
          kept_slots.push_back(seed.slot);
        }
      }
    }
    for (const auto& slot : slots()) {
      if (contains(kept_slots, slot.name)) {
        continue;
      }
      if (m_seeds && !m_seeds->allow_new) {
        m_result.warnings.push_back(fmt::format("The {} part of the session is left empty this week because an exercise "
                                                "was stopped; check the plan with the patient before adding one.",
          slot.name));
        continue;
      }
      fill_slot(slot);
    }
    if (!m_seeds) {
      // Later weeks keep the programme's session: room that opens up is
      // for the exercises already on it to grow into.
      fill_rest();
    }
    pick_self_care();
    explain_unchosen();
    check_balance();
    return std::move(m_result);
  }

private:
  // The reasons are worded only for the exercises chosen.
  struct Ranked
  {
    const model::Exercise* exercise;
    int score;
    std::vector<const std::string*> helps;    // conditions of the patient it helps
    std::vector<const model::Rule*> favoured; // rules that prefer it
  };

  struct Resolved
  {
    const model::Exercise* exercise;
    std::string why; // empty when it is the exercise asked for
  };

  std::vector<Slot> slots() const
  {
    // Strength and aerobic work are the core of the plan (CLINICAL.md s.2,
    // 2021 CPG), so they claim the session's time first.
    std::vector<Slot> result = {
      {"trunk strength",
        [](const model::Exercise& e) { return e.category == model::Category::strength && contains(e.muscle_groups, "trunk"); }},
      {"hip strength", [](const model::Exercise& e) { return model::is_strength_work(e.category) && works_hip(e); }},
      {"aerobic", [](const model::Exercise& e) { return e.category == model::Category::aerobic; }},
    };
    for (const auto& [category, rule] : m_constraints.required_categories) {
      const auto wanted = model::enum_from_word<model::Category>(category);
      result.push_back({m_vocabulary.categories.label(category) + " (required by rule " + rule->id + ")",
        [wanted](const model::Exercise& e) { return e.category == wanted; }});
    }
    result.push_back({"stretch or mobility", [](const model::Exercise& e) {
                        return e.category == model::Category::stretch || e.category == model::Category::mobility;
                      }});
    return result;
  }

  static std::size_t category_cap(model::Category category)
  {
    if (category == model::Category::stretch || category == model::Category::mobility || category == model::Category::strength) {
      return 3;
    }
    if (category == model::Category::balance) {
      return 2;
    }
    return 1; // aerobic, functional
  }

  void rank()
  {
    const int max_level = m_constraints.max_level;
    m_ranked.reserve(m_catalog.exercises().size());
    for (const auto& exercise : m_catalog.exercises()) {
      if (exercise.category == model::Category::self_care) {
        continue;
      }
      Ranked ranked{&exercise, 1, {}, {}};
      for (const auto& condition : exercise.conditions) {
        if (contains(m_profile.conditions, condition)) {
          ranked.score += 10;
          ranked.helps.push_back(&condition);
        }
      }
      for (const auto* rule : m_constraints.preferences) {
        const auto& p = rule->prefer;
        int bonus = 0;
        bonus += contains(p.categories, std::string(model::word_of(exercise.category))) ? 4 : 0;
        bonus += contains(p.biases, exercise.bias) ? 6 : 0;
        bonus += contains(p.exercises, exercise.id) ? 20 : 0;
        for (const auto& condition : exercise.conditions) {
          bonus += contains(p.conditions, condition) ? 3 : 0;
        }
        if (bonus > 0) {
          ranked.score += bonus;
          ranked.favoured.push_back(rule);
        }
      }
      ranked.score -= exercise.level <= max_level ? (max_level - exercise.level) : 2 * (exercise.level - max_level);
      m_ranked.push_back(std::move(ranked));
    }
    // Ids are unique, so this order is total and a plain sort is stable enough.
    std::sort(m_ranked.begin(), m_ranked.end(), [](const Ranked& a, const Ranked& b) {
      if (a.score != b.score) {
        return a.score > b.score;
      }
      if (a.exercise->level != b.exercise->level) {
        return a.exercise->level < b.exercise->level;
      }
      return a.exercise->id < b.exercise->id;
    });
  }

  bool excluded(const model::Exercise& e) const { return m_excluded[m_catalog.index_of(e)]; }

  bool allowed(const model::Exercise& e) const { return !excluded(e) && e.level <= m_constraints.max_level; }

  // resolve() for each exercise worked out once: selection asks again for
  // every slot and every candidate, and the answer never changes.
  const std::optional<Resolved>& resolved(const model::Exercise& asked)
  {
    auto& found = m_resolved[m_catalog.index_of(asked)];
    if (!found) {
      found = resolve(asked);
    }
    return *found;
  }

  std::optional<Resolved> resolve(const model::Exercise& asked) const
  {
    if (allowed(asked)) {
      return Resolved{&asked, {}};
    }
    // Worded only when a replacement is found: most exercises ruled out
    // have none.
    const auto because = [&] {
      if (const auto found = m_exclusions.find(asked.id); found != m_exclusions.end()) {
        return fmt::format("instead of {}, which is ruled out by {} ({})", asked.id, found->second.rule, found->second.reason);
      }
      return fmt::format("easier version of {} to start with (starting level {} from rule {})", asked.id, m_constraints.max_level,
        m_constraints.max_level_rule ? m_constraints.max_level_rule->id : "limit");
    };
    std::vector<const model::Exercise*> seen{&asked};
    const auto saw = [&](const model::Exercise* e) { return std::find(seen.begin(), seen.end(), e) != seen.end(); };
    const model::Exercise* step = &asked;
    while (step) {
      std::vector<const model::Exercise*> options;
      if (step != &asked) {
        options.push_back(step);
      }
      for (const auto& variant : step->variants) {
        if (const auto* found = m_catalog.find(variant)) {
          options.push_back(found);
        }
      }
      for (const auto* option : options) {
        if (!saw(option)) {
          seen.push_back(option);
          if (allowed(*option)) {
            return Resolved{option, because()};
          }
        }
      }
      step = step->regression.empty() ? nullptr : m_catalog.find(step->regression);
      if (step && saw(step) && step != &asked) {
        break;
      }
    }
    return std::nullopt;
  }

  // The easiest exercise of e's chain, which stands for the whole chain.
  const model::Exercise& family(const model::Exercise& e)
  {
    auto& found = m_families[m_catalog.index_of(e)];
    if (!found) {
      found = &family_root(e);
    }
    return *found;
  }

  const model::Exercise& family_root(const model::Exercise& e) const
  {
    const model::Exercise* root = &e;
    std::vector<const model::Exercise*> seen;
    while (!root->regression.empty() && std::find(seen.begin(), seen.end(), root) == seen.end()) {
      seen.push_back(root);
      const auto* easier = m_catalog.find(root->regression);
      if (!easier) {
        break;
      }
      root = easier;
    }
    return *root;
  }

  bool family_used(const model::Exercise& e) { return m_used_families[m_catalog.index_of(family(e))]; }

  void use_family(const model::Exercise& e) { m_used_families[m_catalog.index_of(family(e))] = true; }

  std::size_t count_in(model::Category category) const
  {
    return static_cast<std::size_t>(std::count_if(
      m_result.chosen.begin(), m_result.chosen.end(), [&](const Choice& c) { return c.exercise->category == category; }));
  }

  // Adds the choice when it is new, under the limits and fits the time.
  bool try_add(const Ranked& ranked, const std::string& slot_name)
  {
    const auto& resolved = this->resolved(*ranked.exercise);
    if (!resolved) {
      return false;
    }
    const model::Exercise& chosen = *resolved->exercise;
    if (m_result.chosen.size() >= static_cast<std::size_t>(m_constraints.max_exercises)) {
      note_skip(chosen, [&] { return fmt::format("the session already has {} exercises", m_constraints.max_exercises); });
      return false;
    }
    if (family_used(chosen) || family_used(*ranked.exercise)) {
      return false;
    }
    if (count_in(chosen.category) >= category_cap(chosen.category)) {
      note_skip(
        chosen, [&] { return fmt::format("the session already has enough {} exercises", model::word_of(chosen.category)); });
      return false;
    }
    m_result.chosen.push_back(Choice{&chosen, {}, std::nullopt, 0, slot_name});
    // A part of the session may shorten the aerobic bout or start the
    // exercises a dose step lower (CLINICAL.md s.2: strength starts at 1-2
    // sets), and when even that leaves no room to grow, it comes in at the
    // cost of that room.
    const bool fits = m_fits(m_result.chosen, Room::to_grow)
                      || (!slot_name.empty()
                          && (shorten_to_fit(Room::to_grow) || start_lower_to_fit() || m_fits(m_result.chosen, Room::now)
                              || shorten_to_fit(Room::now)));
    if (!fits) {
      m_result.chosen.pop_back();
      note_skip(
        chosen, [&] { return fmt::format("it would not fit in {} minutes a session", m_profile.schedule.minutes_per_session); });
      return false;
    }
    // Worded once it is in; ahead of a "shortened to" that shorten_to_fit
    // may have given it.
    std::vector<std::string> why;
    if (!slot_name.empty()) {
      why.push_back(fmt::format("fills the {} part of the session", slot_name));
    }
    for (const auto* condition : ranked.helps) {
      why.push_back(fmt::format("helps {}", m_vocabulary.conditions.label(*condition)));
    }
    for (const auto* rule : ranked.favoured) {
      why.push_back(fmt::format("favoured by rule {}", rule->id));
    }
    if (!resolved->why.empty()) {
      why.push_back(resolved->why);
    }
    auto& added = m_result.chosen.back().why;
    added.insert(added.begin(), std::make_move_iterator(why.begin()), std::make_move_iterator(why.end()));
    use_family(chosen);
    use_family(*ranked.exercise);
    for (const auto& variant : chosen.variants) {
      if (const auto* found = m_catalog.find(variant)) {
        use_family(*found);
      }
    }
    return true;
  }

  // The therapist's picks (choices.include) come first and stay, whatever
  // the limits and ranking: only the rules can keep one off the plan, and
  // check_choices has refused a profile whose picks they forbid. Each fills
  // the first part of the session it matches.
  void add_picks(std::vector<std::string>& kept_slots)
  {
    for (const auto& include : m_profile.choices.include) {
      const model::Exercise* exercise = m_catalog.find(include.exercise);
      if (!exercise || exercise->category == model::Category::self_care) {
        continue;
      }
      if (excluded(*exercise)) {
        const auto found = m_exclusions.find(exercise->id);
        m_result.warnings.push_back(fmt::format("{} (picked by the therapist) is not on the plan: it is ruled out by {} ({}).",
          exercise->id, found != m_exclusions.end() ? found->second.rule : "a rule",
          found != m_exclusions.end() ? found->second.reason : "not allowed"));
        continue;
      }
      std::string slot_name;
      for (const auto& slot : slots()) {
        if (slot.matches(*exercise) && !contains(kept_slots, slot.name)) {
          slot_name = slot.name;
          kept_slots.push_back(slot.name);
          break;
        }
      }
      std::vector<std::string> why = {"picked by the therapist (choices.include)"};
      if (!slot_name.empty()) {
        why.push_back(fmt::format("fills the {} part of the session", slot_name));
      }
      m_result.chosen.push_back(Choice{exercise, std::move(why), std::nullopt, 0, slot_name, true});
      use_family(*exercise);
      for (const auto& variant : exercise->variants) {
        if (const auto* found = m_catalog.find(variant)) {
          use_family(*found);
        }
      }
    }
  }

  // Keeps one of last week's choices, with its reasons, when this week's
  // rules, limits and time still allow it; one this week's rules rule out
  // gives way to its first allowed variant or regression, as in week 1.
  bool keep_seed(const Choice& seed)
  {
    const model::Exercise& exercise = *seed.exercise;
    if (seed.therapist && !excluded(exercise)) {
      m_result.chosen.push_back(seed); // the therapist's pick stays, within the limits or not
      use_family(exercise);
      return true;
    }
    if (!allowed(exercise)) {
      const auto ranked =
        std::find_if(m_ranked.begin(), m_ranked.end(), [&](const Ranked& r) { return r.exercise == &exercise; });
      return ranked != m_ranked.end() && (!m_seeds || m_seeds->allow_new) && try_add(*ranked, seed.slot);
    }
    if (family_used(exercise)) {
      return false;
    }
    if (m_result.chosen.size() >= static_cast<std::size_t>(m_constraints.max_exercises)) {
      note_skip(exercise, [&] {
        return fmt::format("left out this week: the session may have at most {} exercises", m_constraints.max_exercises);
      });
      return false;
    }
    if (count_in(exercise.category) >= category_cap(exercise.category)) {
      return false;
    }
    m_result.chosen.push_back(seed);
    if (!m_fits(m_result.chosen, Room::now)) {
      m_result.chosen.pop_back();
      note_skip(exercise, [&] {
        return fmt::format(
          "left out this week: it would not fit in {} minutes a session", m_profile.schedule.minutes_per_session);
      });
      return false;
    }
    use_family(exercise);
    for (const auto& variant : exercise.variants) {
      if (const auto* found = m_catalog.find(variant)) {
        use_family(*found);
      }
    }
    return true;
  }

  // A shorter aerobic bout beats a session without one of its parts
  // (CLINICAL.md s.2: 5-10 minute bouts are a fine start), so to make room
  // for a part of the session the aerobic bout may shrink to 5 minutes.
  bool shorten_to_fit(Room room)
  {
    const auto aerobic = std::find_if(m_result.chosen.begin(), m_result.chosen.end(),
      [](const Choice& c) { return c.exercise->category == model::Category::aerobic; });
    if (aerobic == m_result.chosen.end()) {
      return false;
    }
    const std::optional<int> before = aerobic->max_minutes;
    for (int minutes = before.value_or(30); minutes >= k_shortest_bout; --minutes) {
      aerobic->max_minutes = minutes;
      if (m_fits(m_result.chosen, room)) {
        std::erase_if(aerobic->why, [](const std::string& why) { return why.rfind("shortened to", 0) == 0; });
        aerobic->why.push_back(fmt::format("shortened to at most {} minutes to fit the session", minutes));
        return true;
      }
    }
    aerobic->max_minutes = before;
    return false;
  }

  // Starts the chosen exercises, the last chosen first, a dose step below
  // the usual until the session has room to grow back to it; undone when
  // that is not enough.
  bool start_lower_to_fit()
  {
    std::vector<Choice*> lowered;
    for (auto choice = m_result.chosen.rbegin(); choice != m_result.chosen.rend(); ++choice) {
      if (choice->exercise->category == model::Category::aerobic || choice->start_step < 0) {
        continue;
      }
      choice->start_step = -1;
      lowered.push_back(&*choice);
      if (m_fits(m_result.chosen, Room::to_grow) || shorten_to_fit(Room::to_grow)) {
        for (auto* done : lowered) {
          done->why.push_back("starts a step below its usual dose, so that it can grow within the session time");
        }
        return true;
      }
    }
    for (auto* undo : lowered) {
      undo->start_step = 0;
    }
    return false;
  }

  // The first reason an exercise was passed over is the one kept, so it is
  // worded only then.
  template <typename Reason>
  void note_skip(const model::Exercise& e, const Reason& reason)
  {
    std::string& skip = m_skips[m_catalog.index_of(e)];
    if (skip.empty()) {
      skip = reason();
    }
  }

  // Each slot gets its own exercise, even when an earlier choice would also
  // match it: a trunk exercise that works the hip a little does not stand
  // in for hip strength.
  void fill_slot(const Slot& slot)
  {
    for (const auto& ranked : m_ranked) {
      const auto& resolved = this->resolved(*ranked.exercise);
      if (resolved && slot.matches(*resolved->exercise) && try_add(ranked, slot.name)) {
        return;
      }
    }
    incomplete(fmt::format("No allowed exercise fits the {} part of the session with this profile's "
                           "precautions, equipment and time.",
      slot.name));
  }

  void fill_rest()
  {
    for (const auto& ranked : m_ranked) {
      if (m_result.chosen.size() >= static_cast<std::size_t>(m_constraints.max_exercises)) {
        break;
      }
      try_add(ranked, "");
    }
  }

  void pick_self_care()
  {
    for (const auto& exercise : m_catalog.exercises()) {
      if (exercise.category == model::Category::self_care && !excluded(exercise)) {
        m_result.self_care.push_back(&exercise);
      }
    }
  }

  void explain_unchosen()
  {
    for (const auto& exercise : m_catalog.exercises()) {
      if (excluded(exercise) || exercise.category == model::Category::self_care) {
        continue;
      }
      const bool chosen =
        std::any_of(m_result.chosen.begin(), m_result.chosen.end(), [&](const Choice& c) { return c.exercise == &exercise; });
      if (chosen) {
        continue;
      }
      std::string reason;
      if (const std::string& skip = m_skips[m_catalog.index_of(exercise)]; !skip.empty()) {
        reason = skip;
      } else if (exercise.level > m_constraints.max_level) {
        reason = fmt::format("above the starting level {} (rule {})", m_constraints.max_level,
          m_constraints.max_level_rule ? m_constraints.max_level_rule->id : "limit");
      } else if (family_used(exercise)) {
        reason = "a related exercise from the same chain is on the plan";
      } else {
        reason = "ranked lower than the exercises chosen";
      }
      m_result.not_chosen.push_back({exercise.id, reason});
    }
  }

  void check_balance()
  {
    const auto strength = std::count_if(m_result.chosen.begin(), m_result.chosen.end(),
      [](const Choice& c) { return model::is_strength_work(c.exercise->category); });
    if (m_result.chosen.size() < 4) {
      incomplete(fmt::format("Only {} exercises are allowed and fit in {} minutes; a full session has 4 to 8. "
                             "More time, more equipment or fewer restrictions would allow more.",
        m_result.chosen.size(), m_profile.schedule.minutes_per_session));
    }
    if (strength < 2) {
      incomplete("Fewer than 2 strength exercises are allowed and fit; strength work is the core of the plan.");
    }
  }

  // A warning that makes the plan incomplete.
  void incomplete(std::string warning)
  {
    m_result.incomplete.push_back(warning);
    m_result.warnings.push_back(std::move(warning));
  }

  const model::Catalog& m_catalog;
  const model::Vocabulary& m_vocabulary;
  const model::Profile& m_profile;
  const Constraints& m_constraints;
  const Exclusions& m_exclusions;
  const FitCheck& m_fits;
  const Seeds* m_seeds;
  // Indexed by catalog position (Catalog::index_of).
  std::vector<bool> m_excluded;
  std::vector<std::optional<std::optional<Resolved>>> m_resolved; // resolve(), once worked out
  std::vector<const model::Exercise*> m_families;                 // family(), once worked out
  std::vector<bool> m_used_families;                              // by the family's root
  std::vector<std::string> m_skips;                               // empty when never passed over
  std::vector<Ranked> m_ranked;
  Selection m_result;
};

} // namespace

Selection select_exercises(const model::Catalog& catalog, const model::Vocabulary& vocabulary, const model::Profile& profile,
  const Constraints& constraints, const Exclusions& exclusions, const FitCheck& fits, const Seeds* seeds)
{
  return Selector(catalog, vocabulary, profile, constraints, exclusions, fits, seeds).run();
}

} // namespace ptplan::engine
