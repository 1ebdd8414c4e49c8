#include "ptplan/model/pack.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace ptplan::model {

namespace {

constexpr std::string_view k_magic = "PTPK0004";

// One field list per type, shared by writing and reading so the two cannot
// drift apart.
template <class A>
void fields(A& a, Location& x)
{
  a(x.file, x.line, x.column);
}

template <class A>
void fields(A& a, Dosage& x)
{
  a(x.values, x.side);
}

template <class A>
void fields(A& a, LegAngles& x)
{
  a(x.hip, x.hip_out, x.hip_turn, x.knee, x.ankle);
}

template <class A>
void fields(A& a, ArmAngles& x)
{
  a(x.shoulder, x.shoulder_out, x.elbow);
}

template <class A>
void fields(A& a, BodyPose& x)
{
  a(x.trunk, x.curve, x.twist, x.bend, x.head, x.shift, x.leg, x.other_leg, x.arm, x.other_arm, x.ground, x.on);
}

template <class A>
void fields(A& a, PoseProp& x)
{
  a(x.kind, x.at);
}

template <class A>
void fields(A& a, Pose& x)
{
  a(x.view, x.props, x.start, x.end, x.arrow, x.arrow_at, x.caption, x.where);
}

template <class A>
void fields(A& a, Exercise& x)
{
  a(x.id, x.name, x.category, x.position, x.floor, x.equipment, x.movements, x.muscle_groups, x.conditions, x.bias, x.level,
    x.regression, x.progression, x.variants, x.dosage, x.purpose, x.steps, x.safety, x.clinic_only, x.image, x.source, x.where,
    x.image_where, x.purpose_where, x.step_where, x.safety_where, x.pose);
}

template <class A>
void fields(A& a, MovementCue& x)
{
  a(x.needs, x.phrases, x.where);
}

template <class A>
void fields(A& a, MovementCues& x)
{
  a(x.language, x.negators, x.clause_breaks, x.skip_sentences, x.cues);
}

template <class A>
void fields(A& a, Condition& x)
{
  a(x.op, x.fact, x.words, x.number, x.flag, x.children, x.where);
}

template <class A>
void fields(A& a, Forbid& x)
{
  a(x.movements, x.positions, x.equipment, x.categories, x.exercises, x.muscle_groups, x.floor);
}

template <class A>
void fields(A& a, Prefer& x)
{
  a(x.categories, x.conditions, x.biases, x.exercises);
}

template <class A>
void fields(A& a, Limit& x)
{
  a(x.max_level, x.max_exercises, x.progress_chain);
}

template <class A>
void fields(A& a, DoseAdjustment& x)
{
  a(x.category, x.at_least, x.at_most, x.set, x.scale_percent);
}

template <class A>
void fields(A& a, Refer& x)
{
  a(x.urgency, x.reason);
}

template <class A>
void fields(A& a, Change& x)
{
  a(x.to, x.reason);
}

template <class A>
void fields(A& a, Subjects& x)
{
  a(x.movements, x.positions, x.categories, x.biases, x.exercises);
}

template <class A>
void fields(A& a, RuleNote& x)
{
  a(x.text, x.sided, x.advises, x.warns, x.needs, x.instead, x.where);
}

template <class A>
void fields(A& a, StopSign& x)
{
  a(x.call, x.text, x.source, x.where);
}

template <class A>
void fields(A& a, Rule& x)
{
  a(x.id, x.description, x.source, x.when, x.refer, x.forbid, x.forbid_from, x.require_categories, x.prefer, x.limit, x.dosage,
    x.notes, x.stop_signs, x.change, x.where);
}

class Writer
{
public:
  template <class... T>
  void operator()(T&... values)
  {
    (write(values), ...);
  }

  std::string take() { return std::move(m_out); }

private:
  void write_size(std::size_t n)
  {
    const auto value = static_cast<std::uint64_t>(n);
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    m_out.append(bytes, sizeof value);
  }
  void write(bool& x) { write_size(x ? 1 : 0); }
  void write(int& x) { write_size(static_cast<std::size_t>(static_cast<std::int64_t>(x))); }
  void write(double& x)
  {
    char bytes[sizeof x];
    std::memcpy(bytes, &x, sizeof x);
    m_out.append(bytes, sizeof x);
  }
  void write(std::string& x)
  {
    write_size(x.size());
    m_out += x;
  }
  template <class E>
  requires std::is_enum_v<E>
  void write(E& x) { write_size(static_cast<std::size_t>(x)); }
  template <class T>
  void write(std::optional<T>& x)
  {
    write_size(x ? 1 : 0);
    if (x) {
      write(*x);
    }
  }
  template <class T>
  void write(std::vector<T>& x)
  {
    write_size(x.size());
    for (auto& item : x) {
      write(item);
    }
  }
  template <class T, std::size_t N>
  void write(std::array<T, N>& x)
  {
    for (auto& item : x) {
      write(item);
    }
  }
  template <class T>
  requires std::is_class_v<T>
  void write(T& x) { fields(*this, x); }

  std::string m_out;
};

class Reader
{
public:
  explicit Reader(std::string_view bytes) : m_in(bytes) {}

  template <class... T>
  void operator()(T&... values)
  {
    (read(values), ...);
  }

  bool ok() const { return m_ok; }
  bool at_end() const { return m_in.empty(); }

private:
  std::size_t read_size()
  {
    std::uint64_t value = 0;
    if (m_in.size() < sizeof value) {
      m_ok = false;
      m_in = {};
      return 0;
    }
    std::memcpy(&value, m_in.data(), sizeof value);
    m_in.remove_prefix(sizeof value);
    return static_cast<std::size_t>(value);
  }
  // A length that cannot fit in what is left means corrupt bytes.
  std::size_t read_length()
  {
    const std::size_t n = read_size();
    if (n > m_in.size()) {
      m_ok = false;
      m_in = {};
      return 0;
    }
    return n;
  }
  void read(bool& x) { x = read_size() != 0; }
  void read(int& x) { x = static_cast<int>(static_cast<std::int64_t>(read_size())); }
  void read(double& x)
  {
    if (m_in.size() < sizeof x) {
      m_ok = false;
      m_in = {};
      return;
    }
    std::memcpy(&x, m_in.data(), sizeof x);
    m_in.remove_prefix(sizeof x);
  }
  void read(std::string& x)
  {
    const std::size_t n = read_length();
    x.assign(m_in.substr(0, n));
    m_in.remove_prefix(n);
  }
  template <class E>
  requires std::is_enum_v<E>
  void read(E& x) { x = static_cast<E>(read_size()); }
  template <class T>
  void read(std::optional<T>& x)
  {
    if (read_size() != 0) {
      T value{};
      read(value);
      x = std::move(value);
    } else {
      x.reset();
    }
  }
  template <class T>
  void read(std::vector<T>& x)
  {
    const std::size_t n = read_length();
    x.clear();
    x.reserve(n);
    for (std::size_t i = 0; i < n && m_ok; ++i) {
      T item{};
      read(item);
      x.push_back(std::move(item));
    }
  }
  template <class T, std::size_t N>
  void read(std::array<T, N>& x)
  {
    for (auto& item : x) {
      read(item);
    }
  }
  template <class T>
  requires std::is_class_v<T>
  void read(T& x) { fields(*this, x); }

  std::string_view m_in;
  bool m_ok = true;
};

std::vector<Terms*> all_terms(Vocabulary& v)
{
  return {&v.conditions, &v.precautions, &v.limitations, &v.red_flags, &v.categories, &v.positions, &v.movements, &v.equipment,
    &v.muscle_groups, &v.biases, &v.urgencies, &v.activities, &v.walking_aids, &v.weight_bearing, &v.languages};
}

} // namespace

std::string pack_knowledge(const Knowledge& knowledge)
{
  Knowledge copy = knowledge;
  Writer writer;
  std::string magic(k_magic);
  writer(magic);
  for (Terms* terms : all_terms(copy.vocabulary)) {
    std::vector<std::string> ids = terms->ids();
    std::vector<std::string> labels = terms->labels();
    writer(ids, labels);
  }
  std::vector<Exercise> exercises = copy.catalog.exercises();
  std::vector<std::string> image_paths;
  std::vector<std::string> image_bytes;
  for (const auto& [path, bytes] : copy.images) {
    image_paths.push_back(path);
    image_bytes.push_back(bytes);
  }
  writer(copy.vocabulary.default_equipment, exercises, copy.rules.rules, image_paths, image_bytes, copy.cues);
  return writer.take();
}

std::optional<Knowledge> unpack_knowledge(std::string_view bytes)
{
  Reader reader(bytes);
  std::string magic;
  reader(magic);
  if (!reader.ok() || magic != k_magic) {
    return std::nullopt;
  }
  Knowledge knowledge;
  for (Terms* terms : all_terms(knowledge.vocabulary)) {
    std::vector<std::string> ids;
    std::vector<std::string> labels;
    reader(ids, labels);
    if (ids.size() != labels.size()) {
      return std::nullopt;
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      terms->add(std::move(ids[i]), std::move(labels[i]));
    }
  }
  std::vector<Exercise> exercises;
  std::vector<std::string> image_paths;
  std::vector<std::string> image_bytes;
  RuleSet rules;
  reader(knowledge.vocabulary.default_equipment, exercises, rules.rules, image_paths, image_bytes, knowledge.cues);
  if (!reader.ok() || !reader.at_end() || image_paths.size() != image_bytes.size()) {
    return std::nullopt;
  }
  knowledge.set_catalog(Catalog(std::move(exercises)));
  knowledge.set_rules(std::move(rules));
  for (std::size_t i = 0; i < image_paths.size(); ++i) {
    knowledge.images.emplace(std::move(image_paths[i]), std::move(image_bytes[i]));
  }
  return knowledge;
}

} // namespace ptplan::model
