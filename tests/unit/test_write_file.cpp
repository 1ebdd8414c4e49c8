#include "ptplan/core/write_file.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed afterwards.
struct TempFolder
{
  fs::path path;
  TempFolder()
  {
    std::string name = (fs::temp_directory_path() / "ptplan-write-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path = name;
  }
  ~TempFolder() { fs::remove_all(path); }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
};

std::string read(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> entries(const fs::path& folder)
{
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace

TEST_CASE("write_output writes a new file whole, readable by others, and leaves nothing else behind")
{
  TempFolder folder;
  const std::string target = (folder.path / "plan.md").string();
  const auto result = ptplan::write_output(target, "# Plan\n", false);
  CHECK(result.status == ptplan::WriteStatus::ok);
  CHECK(read(target) == "# Plan\n");
  struct stat status = {};
  REQUIRE(::stat(target.c_str(), &status) == 0);
  CHECK((status.st_mode & 0777) == 0644);
  CHECK(entries(folder.path) == std::vector<std::string>{"plan.md"});
}

TEST_CASE("write_output keeps an existing file unless forced")
{
  TempFolder folder;
  const std::string target = (folder.path / "plan.md").string();
  REQUIRE(ptplan::write_output(target, "first\n", false).status == ptplan::WriteStatus::ok);

  SUBCASE("not forced: refused, the old text kept")
  {
    const auto result = ptplan::write_output(target, "second\n", false);
    CHECK(result.status == ptplan::WriteStatus::exists);
    CHECK(result.message == target + ": already exists; use --force to overwrite it");
    CHECK(read(target) == "first\n");
  }
  SUBCASE("forced: replaced")
  {
    CHECK(ptplan::write_output(target, "second\n", true).status == ptplan::WriteStatus::ok);
    CHECK(read(target) == "second\n");
  }
  CHECK(entries(folder.path) == std::vector<std::string>{"plan.md"});
}

TEST_CASE("write_output words a missing folder and a folder in the file's place")
{
  TempFolder folder;
  const std::string missing = (folder.path / "nowhere" / "plan.md").string();
  const auto no_folder = ptplan::write_output(missing, "x", false);
  CHECK(no_folder.status == ptplan::WriteStatus::failed);
  CHECK(no_folder.message == missing + ": the folder " + (folder.path / "nowhere").string() + " does not exist");

  const auto is_folder = ptplan::write_output(folder.path.string(), "x", false);
  CHECK(is_folder.status == ptplan::WriteStatus::failed);
  CHECK(is_folder.message == folder.path.string() + ": is a folder; expected a file name");
  CHECK(entries(folder.path).empty());
}

TEST_CASE("write_output takes a bare file name as one in the current folder")
{
  TempFolder folder;
  const fs::path before = fs::current_path();
  fs::current_path(folder.path);
  const auto result = ptplan::write_output("bare.json", "{}\n", false);
  fs::current_path(before);
  CHECK(result.status == ptplan::WriteStatus::ok);
  CHECK(read(folder.path / "bare.json") == "{}\n");
}
