#include "ptplan/load/rules_loader.hpp"

#include "ptplan/load/facts_table.hpp"
#include "ptplan/yaml/parse.hpp"
#include "ptplan/yaml/reader.hpp"

#include <fmt/format.h>

#include <set>

namespace ptplan::load {

model::Dosage read_dosage(yaml::Reader& reader, const yaml::Node& node, std::string_view field, bool allow_side);

namespace {

using model::Condition;
using yaml::MapReader;
using yaml::Node;
using yaml::Reader;

std::vector<std::string> fact_names()
{
  std::vector<std::string> names;
  for (const auto& fact : fact_table()) {
    names.emplace_back(fact.name);
  }
  return names;
}

class RulesReader
{
public:
  RulesReader(Reader& reader, const model::Vocabulary& vocabulary) : m_reader(reader), m_vocabulary(vocabulary) {}

  model::RuleSet read(const Node& root)
  {
    model::RuleSet set;
    MapReader map(m_reader, root, "", {"rules"});
    const Node* rules = map.require("rules");
    if (!rules) {
      return set;
    }
    if (!rules->is_sequence()) {
      m_reader.error(*rules, fmt::format("rules: expected a list of rules, found {}", yaml::describe(*rules)));
      return set;
    }
    std::set<std::string> ids;
    for (const auto& node : rules->items) {
      model::Rule rule = read_rule(node);
      if (!rule.id.empty() && !ids.insert(rule.id).second) {
        m_reader.error(node, fmt::format("duplicate rule id \"{}\"", rule.id));
      }
      set.rules.push_back(std::move(rule));
    }
    return set;
  }

private:
  model::Rule read_rule(const Node& node)
  {
    model::Rule rule;
    rule.where = m_reader.at(node);
    MapReader map(m_reader, node, "rule",
      {"id", "description", "source", "when", "refer", "forbid", "forbid_from", "require", "prefer", "limit", "dosage", "note",
        "stop_signs", "change", "replaces"});
    if (!map.ok()) {
      return rule;
    }
    if (const Node* id = map.require("id")) {
      rule.id = m_reader.text(*id, "rule.id").value_or("");
      if (!rule.id.empty() && !yaml::is_kebab_id(rule.id)) {
        m_reader.error(*id, fmt::format("rule.id: \"{}\" is not a lower-case kebab-case identifier", rule.id));
      }
    }
    const std::string prefix = rule.id.empty() ? std::string("rule") : rule.id;
    auto field = [&](std::string_view key) { return fmt::format("{}.{}", prefix, key); };
    if (const Node* value = map.get("replaces")) {
      rule.replaces = m_reader.boolean(*value, field("replaces")).value_or(false);
      rule.replaces_where = m_reader.at(*value);
    }
    if (const Node* value = map.require("description")) {
      rule.description = m_reader.text(*value, field("description")).value_or("");
    }
    if (const Node* value = map.require("source")) {
      rule.source = m_reader.text(*value, field("source")).value_or("");
    }
    if (const Node* value = map.require("when")) {
      rule.when = read_condition(*value, field("when"));
    }
    bool has_action = false;
    if (const Node* value = map.get("refer")) {
      has_action = true;
      MapReader refer(m_reader, *value, field("refer"), {"urgency", "reason"});
      model::Refer result;
      if (const Node* urgency = refer.require("urgency")) {
        result.urgency = m_reader.word(*urgency, refer.path("urgency"), m_vocabulary.urgencies.ids()).value_or("");
      }
      if (const Node* reason = refer.require("reason")) {
        result.reason = m_reader.text(*reason, refer.path("reason")).value_or("");
      }
      rule.refer = result;
    }
    if (const Node* value = map.get("forbid")) {
      has_action = true;
      rule.forbid = read_forbid(*value, field("forbid"));
    }
    if (const Node* value = map.get("forbid_from")) {
      has_action = true;
      rule.forbid_from = m_reader.text(*value, field("forbid_from")).value_or("");
      const FactInfo* fact = find_fact(rule.forbid_from);
      if (!rule.forbid_from.empty() && (!fact || fact->vocabulary != "movements")) {
        m_reader.error(*value, fmt::format("{}: \"{}\" is not a list fact of movement tags; expected surgery.restrictions",
                                 field("forbid_from"), rule.forbid_from));
      }
    }
    if (const Node* value = map.get("require")) {
      has_action = true;
      MapReader require(m_reader, *value, field("require"), {"categories"});
      if (const Node* categories = require.require("categories")) {
        rule.require_categories = m_reader.words(*categories, require.path("categories"), m_vocabulary.categories.ids());
      }
    }
    if (const Node* value = map.get("prefer")) {
      has_action = true;
      MapReader prefer(m_reader, *value, field("prefer"), {"categories", "conditions", "bias", "exercises"});
      if (const Node* v = prefer.get("categories")) {
        rule.prefer.categories = m_reader.words(*v, prefer.path("categories"), m_vocabulary.categories.ids());
      }
      if (const Node* v = prefer.get("conditions")) {
        rule.prefer.conditions = m_reader.words(*v, prefer.path("conditions"), m_vocabulary.conditions.ids());
      }
      if (const Node* v = prefer.get("bias")) {
        rule.prefer.biases = m_reader.words(*v, prefer.path("bias"), m_vocabulary.biases.ids());
      }
      if (const Node* v = prefer.get("exercises")) {
        rule.prefer.exercises = m_reader.texts(*v, prefer.path("exercises"));
      }
    }
    if (const Node* value = map.get("limit")) {
      has_action = true;
      MapReader limit(m_reader, *value, field("limit"), {"max_level", "max_exercises", "progress_chain"});
      if (const Node* v = limit.get("max_level")) {
        rule.limit.max_level = m_reader.integer(*v, limit.path("max_level"), 1, 5);
      }
      if (const Node* v = limit.get("max_exercises")) {
        rule.limit.max_exercises = m_reader.integer(*v, limit.path("max_exercises"), 1, 8);
      }
      if (const Node* v = limit.get("progress_chain")) {
        rule.limit.progress_chain = m_reader.boolean(*v, limit.path("progress_chain"));
      }
    }
    if (const Node* value = map.get("dosage")) {
      has_action = true;
      read_dosage_actions(*value, field("dosage"), rule);
    }
    if (const Node* value = map.get("note")) {
      has_action = true;
      read_notes(*value, field("note"), rule);
    }
    if (const Node* value = map.get("stop_signs")) {
      has_action = true;
      read_stop_signs(*value, field("stop_signs"), rule);
    }
    if (const Node* value = map.get("change")) {
      if (has_action) {
        m_reader.error(
          *value, fmt::format("{}: a change rule decides for one exercise and takes no other action", field("change")));
      }
      has_action = true;
      MapReader change(m_reader, *value, field("change"), {"to", "reason"});
      model::Change result;
      if (const Node* to = change.require("to")) {
        result.to = m_reader.word(*to, change.path("to"), allowed_words("changes", m_vocabulary)).value_or("");
      }
      if (const Node* reason = change.require("reason")) {
        result.reason = m_reader.text(*reason, change.path("reason")).value_or("");
      }
      rule.change = result;
    }
    if (!has_action) {
      m_reader.error(node,
        fmt::format(
          "{}: a rule needs at least one action (refer, forbid, forbid_from, require, prefer, limit, dosage, note, stop_signs, "
          "change)",
          prefix));
    }
    if (!rule.change) {
      report_exercise_facts(rule.when, prefix);
    }
    return rule;
  }

  // Exercise facts exist only while a change rule looks at one exercise.
  void report_exercise_facts(const Condition& condition, const std::string& prefix)
  {
    const FactInfo* fact = condition.fact.empty() ? nullptr : find_fact(condition.fact);
    if (fact && fact->per_exercise) {
      m_reader.diagnostics().error(condition.where,
        fmt::format("{}.when: {} is known only in a rule with a change action (one exercise at a time)", prefix, fact->name));
    }
    for (const auto& child : condition.children) {
      report_exercise_facts(child, prefix);
    }
  }

  model::Forbid read_forbid(const Node& node, const std::string& field)
  {
    model::Forbid forbid;
    MapReader map(
      m_reader, node, field, {"movements", "positions", "equipment", "categories", "exercises", "muscle_groups", "floor"});
    if (const Node* v = map.get("movements")) {
      forbid.movements = m_reader.words(*v, map.path("movements"), m_vocabulary.movements.ids());
    }
    if (const Node* v = map.get("positions")) {
      forbid.positions = m_reader.words(*v, map.path("positions"), m_vocabulary.positions.ids());
    }
    if (const Node* v = map.get("equipment")) {
      forbid.equipment = m_reader.words(*v, map.path("equipment"), m_vocabulary.equipment.ids());
    }
    if (const Node* v = map.get("categories")) {
      forbid.categories = m_reader.words(*v, map.path("categories"), m_vocabulary.categories.ids());
    }
    if (const Node* v = map.get("exercises")) {
      forbid.exercises = m_reader.texts(*v, map.path("exercises"));
    }
    if (const Node* v = map.get("muscle_groups")) {
      forbid.muscle_groups = m_reader.words(*v, map.path("muscle_groups"), m_vocabulary.muscle_groups.ids());
    }
    if (const Node* v = map.get("floor")) {
      forbid.floor = m_reader.boolean(*v, map.path("floor")).value_or(false);
    }
    return forbid;
  }

  // `note`: a text, a guarded note (a map), or a list of either.
  void read_notes(const Node& node, const std::string& field, model::Rule& rule)
  {
    if (node.is_sequence()) {
      if (node.items.empty()) {
        m_reader.error(node, fmt::format("{}: expected a note or a list of notes, found an empty list", field));
      }
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        read_note(node.items[i], fmt::format("{}[{}]", field, i), rule);
      }
      return;
    }
    read_note(node, field, rule);
  }

  void read_note(const Node& node, const std::string& field, model::Rule& rule)
  {
    model::RuleNote note;
    note.where = m_reader.at(node);
    if (!node.is_map()) {
      note.text = m_reader.text(node, field).value_or("");
      rule.notes.push_back(std::move(note));
      return;
    }
    MapReader map(m_reader, node, field, {"text", "sided", "advises", "warns", "needs", "instead"});
    if (!map.ok()) {
      return;
    }
    if (const Node* v = map.require("text")) {
      note.text = m_reader.text(*v, map.path("text")).value_or("");
    }
    if (const Node* v = map.get("sided")) {
      note.sided = m_reader.text(*v, map.path("sided")).value_or("");
    }
    if (const Node* v = map.get("advises")) {
      note.advises = read_subjects(*v, map.path("advises"));
    }
    if (const Node* v = map.get("warns")) {
      note.warns = read_subjects(*v, map.path("warns"));
    }
    if (const Node* v = map.get("needs")) {
      note.needs = read_subjects(*v, map.path("needs"));
    }
    if (const Node* v = map.get("instead")) {
      note.instead = m_reader.text(*v, map.path("instead")).value_or("");
      if (note.advises.empty()) {
        m_reader.error(*v, fmt::format("{}: only a note that advises something can be replaced", map.path("instead")));
      }
    }
    rule.notes.push_back(std::move(note));
  }

  model::Subjects read_subjects(const Node& node, const std::string& field)
  {
    model::Subjects subjects;
    MapReader map(m_reader, node, field, {"movements", "positions", "categories", "bias", "exercises"});
    if (const Node* v = map.get("movements")) {
      subjects.movements = m_reader.words(*v, map.path("movements"), m_vocabulary.movements.ids());
    }
    if (const Node* v = map.get("positions")) {
      subjects.positions = m_reader.words(*v, map.path("positions"), m_vocabulary.positions.ids());
    }
    if (const Node* v = map.get("categories")) {
      subjects.categories = m_reader.words(*v, map.path("categories"), m_vocabulary.categories.ids());
    }
    if (const Node* v = map.get("bias")) {
      subjects.biases = m_reader.words(*v, map.path("bias"), m_vocabulary.biases.ids());
    }
    if (const Node* v = map.get("exercises")) {
      subjects.exercises = m_reader.texts(*v, map.path("exercises"));
    }
    if (map.ok() && subjects.empty()) {
      m_reader.error(node, fmt::format("{}: name at least one of movements, positions, categories, bias, exercises", field));
    }
    return subjects;
  }

  void read_stop_signs(const Node& node, const std::string& field, model::Rule& rule)
  {
    if (!node.is_sequence() || node.items.empty()) {
      m_reader.error(
        node, fmt::format("{}: expected a list of signs such as {{ call: therapist, text: \"...\", source: \"...\" }}, "
                          "found {}",
                field, node.is_sequence() ? std::string("an empty list") : yaml::describe(node)));
      return;
    }
    static const std::vector<std::string> k_calls = {"emergency", "doctor", "midwife", "therapist"};
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const Node& item = node.items[i];
      MapReader map(m_reader, item, fmt::format("{}[{}]", field, i), {"call", "text", "source"});
      if (!map.ok()) {
        continue;
      }
      model::StopSign sign;
      sign.where = m_reader.at(item);
      if (const Node* v = map.require("call")) {
        sign.call = m_reader.word(*v, map.path("call"), k_calls).value_or("");
      }
      if (const Node* v = map.require("text")) {
        sign.text = m_reader.text(*v, map.path("text")).value_or("");
      }
      if (const Node* v = map.require("source")) {
        sign.source = m_reader.text(*v, map.path("source")).value_or("");
      }
      rule.stop_signs.push_back(std::move(sign));
    }
  }

  void read_dosage_actions(const Node& node, const std::string& field, model::Rule& rule)
  {
    if (!node.is_sequence()) {
      m_reader.error(node, fmt::format("{}: expected a list of dosage adjustments, found {}", field, yaml::describe(node)));
      return;
    }
    for (const auto& item : node.items) {
      MapReader map(m_reader, item, field, {"category", "at_least", "at_most", "scale", "set"});
      if (!map.ok()) {
        continue;
      }
      model::DoseAdjustment adjustment;
      if (const Node* v = map.get("category")) {
        adjustment.category = m_reader.word(*v, map.path("category"), m_vocabulary.categories.ids()).value_or("");
      }
      if (const Node* v = map.get("at_least")) {
        adjustment.at_least = read_dosage(m_reader, *v, map.path("at_least"), false);
      }
      if (const Node* v = map.get("at_most")) {
        adjustment.at_most = read_dosage(m_reader, *v, map.path("at_most"), false);
      }
      if (const Node* v = map.get("set")) {
        adjustment.set = read_dosage(m_reader, *v, map.path("set"), false);
      }
      if (const Node* v = map.get("scale")) {
        MapReader scale(
          m_reader, *v, map.path("scale"), {"sets", "reps", "hold_seconds", "minutes", "times_per_day", "days_per_week"});
        for (const auto dose_field : model::k_dose_fields) {
          const auto name = model::dose_field_name(dose_field);
          if (const Node* percent = scale.get(name)) {
            adjustment.scale_percent[static_cast<std::size_t>(dose_field)] =
              m_reader.integer(*percent, scale.path(name) + " (percent)", 10, 300);
          }
        }
      }
      rule.dosage.push_back(std::move(adjustment));
    }
  }

  Condition read_condition(const Node& node, const std::string& field, std::size_t depth = 0)
  {
    Condition condition;
    condition.where = m_reader.at(node);
    if (!node.is_map()) {
      m_reader.error(node,
        fmt::format("{}: expected a condition map such as {{ fact: age, at_least: 65 }}, found {}", field, yaml::describe(node)));
      return condition;
    }
    if (depth > 16) {
      m_reader.error(node, fmt::format("{}: conditions are nested too deeply", field));
      return condition;
    }
    if (node.find("always")) {
      MapReader map(m_reader, node, field, {"always"});
      if (const Node* v = map.get("always")) {
        const auto value = m_reader.boolean(*v, map.path("always"));
        if (value && !*value) {
          m_reader.error(*v, fmt::format("{}: always must be true (remove the rule to disable it)", map.path("always")));
        }
      }
      condition.op = Condition::Op::always;
      return condition;
    }
    for (const auto& [key, op] : {std::pair{"all", Condition::Op::all}, std::pair{"any", Condition::Op::any}}) {
      if (node.find(key)) {
        MapReader map(m_reader, node, field, {key});
        condition.op = op;
        const Node* list = map.get(key);
        if (!list || !list->is_sequence()) {
          m_reader.error(list ? *list : node, fmt::format("{}: expected a list of conditions", map.path(key)));
          return condition;
        }
        for (const auto& child : list->items) {
          condition.children.push_back(read_condition(child, map.path(key), depth + 1));
        }
        return condition;
      }
    }
    if (node.find("not")) {
      MapReader map(m_reader, node, field, {"not"});
      condition.op = Condition::Op::negate;
      if (const Node* child = map.require("not")) {
        condition.children.push_back(read_condition(*child, map.path("not"), depth + 1));
      }
      return condition;
    }
    MapReader map(m_reader, node, field, {"fact", "equals", "in", "contains", "at_least", "at_most", "present"});
    const Node* fact_node = map.get("fact");
    if (!fact_node) {
      m_reader.error(node, fmt::format("{}: expected one of always, all, any, not, or fact with an operator", field));
      return condition;
    }
    const FactInfo* fact = nullptr;
    if (auto name = m_reader.word(*fact_node, map.path("fact"), fact_names())) {
      condition.fact = *name;
      fact = find_fact(*name);
    }
    std::vector<std::pair<std::string_view, Condition::Op>> ops = {{"equals", Condition::Op::equals}, {"in", Condition::Op::in},
      {"contains", Condition::Op::contains}, {"at_least", Condition::Op::at_least}, {"at_most", Condition::Op::at_most},
      {"present", Condition::Op::present}};
    int count = 0;
    for (const auto& [key, op] : ops) {
      const Node* value = map.get(key);
      if (!value) {
        continue;
      }
      ++count;
      condition.op = op;
      read_operand(*value, map.path(key), op, fact, condition);
    }
    if (count != 1) {
      m_reader.error(node,
        fmt::format("{}: expected exactly one operator (equals, in, contains, at_least, at_most, present) with fact", field));
    }
    return condition;
  }

  void read_operand(const Node& value, const std::string& field, Condition::Op op, const FactInfo* fact, Condition& condition)
  {
    using Op = Condition::Op;
    if (op == Op::present) {
      condition.flag = m_reader.boolean(value, field).value_or(true);
      return;
    }
    if (!fact) {
      return;
    }
    if (op == Op::at_least || op == Op::at_most) {
      if (fact->type != FactType::number) {
        m_reader.error(value, fmt::format("{}: {} is not a number; use equals, in or contains", field, fact->name));
        return;
      }
      condition.number = m_reader.integer(value, field, 0, 1000).value_or(0);
      return;
    }
    if (fact->type == FactType::number) {
      if (op == Op::contains) {
        m_reader.error(value, fmt::format("{}: {} is a number; use at_least, at_most or equals", field, fact->name));
        return;
      }
      auto read_number = [&](const Node& n) { return std::to_string(m_reader.integer(n, field, 0, 1000).value_or(0)); };
      if (value.is_sequence() && op == Op::equals) {
        m_reader.error(value, fmt::format("{}: expected one number; use in for a list", field));
      } else if (!value.is_sequence() && op == Op::in) {
        m_reader.error(value, fmt::format("{}: expected a list of numbers", field));
      } else if (value.is_sequence()) {
        for (const auto& item : value.items) {
          condition.words.push_back(read_number(item));
        }
      } else {
        condition.words.push_back(read_number(value));
      }
      return;
    }
    if (op == Op::contains && fact->type != FactType::list) {
      m_reader.error(value, fmt::format("{}: {} is a single word; use equals or in", field, fact->name));
      return;
    }
    if ((op == Op::equals || op == Op::in) && fact->type == FactType::list) {
      m_reader.error(value, fmt::format("{}: {} is a list; use contains", field, fact->name));
      return;
    }
    const auto allowed = allowed_words(fact->vocabulary, m_vocabulary);
    if (value.is_sequence()) {
      if (op == Op::equals) {
        m_reader.error(value, fmt::format("{}: expected one word; use in for a list", field));
        return;
      }
      condition.words = m_reader.words(value, field, allowed);
    } else if (op == Op::in) {
      m_reader.error(value, fmt::format("{}: expected a list of words", field));
    } else if (auto word = m_reader.word(value, field, allowed)) {
      condition.words.push_back(*word);
    }
  }

  Reader& m_reader;
  const model::Vocabulary& m_vocabulary;
};

} // namespace

std::optional<model::RuleSet> load_rules(const SourceFile& source, const model::Vocabulary& vocabulary, Diagnostics& diagnostics)
{
  Diagnostics local;
  auto root = yaml::parse_document(source, local, yaml::catalog_limits());
  if (!root) {
    diagnostics.append(local);
    return std::nullopt;
  }
  Reader reader(source.name, local);
  model::RuleSet rules = RulesReader(reader, vocabulary).read(*root);
  diagnostics.append(local);
  if (!local.empty()) {
    return std::nullopt;
  }
  return rules;
}

} // namespace ptplan::load
