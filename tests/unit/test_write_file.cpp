#include "ptplan/core/write_file.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
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

// Issue 15: nothing at an output path but a regular file is ever written,
// replaced or opened, with or without --force.
TEST_CASE("write_output refuses a symbolic link at the output path, even a dangling one, forced or not")
{
  TempFolder folder;
  const fs::path victim = folder.path / "victim.txt";
  {
    std::ofstream out(victim);
    out << "keep me\n";
  }
  const fs::path link = folder.path / "plan.md";
  fs::create_symlink(victim, link);
  const fs::path dangling = folder.path / "dangling.md";
  fs::create_symlink(folder.path / "nowhere.md", dangling);
  for (const bool force : {false, true}) {
    CAPTURE(force);
    for (const auto& path : {link, dangling}) {
      const auto result = ptplan::write_output(path.string(), "# Your home exercise plan\n", force);
      CHECK(result.status == ptplan::WriteStatus::failed);
      CHECK(result.message
            == path.string()
                 + ": is a symbolic link; ptplan writes only regular files, never through a link, device or pipe, and --force "
                   "does not replace it");
      CHECK(fs::is_symlink(fs::symlink_status(path)));
    }
  }
  CHECK(read(victim) == "keep me\n");
  CHECK_FALSE(fs::exists(folder.path / "nowhere.md"));
  CHECK(entries(folder.path) == std::vector<std::string>{"dangling.md", "plan.md", "victim.txt"});
}

TEST_CASE("write_output refuses a symbolic link to a device (/dev/null)")
{
  TempFolder folder;
  const fs::path link = folder.path / "victim.md";
  std::error_code error;
  fs::create_symlink("/dev/null", link, error);
  if (error) {
    MESSAGE("skipped: cannot make a symbolic link to /dev/null here: " << error.message());
    return;
  }
  for (const bool force : {false, true}) {
    const auto result = ptplan::write_output(link.string(), "# Plan\n", force);
    CHECK(result.status == ptplan::WriteStatus::failed);
    CHECK(result.message.find(": is a symbolic link;") != std::string::npos);
  }
}

TEST_CASE("write_output refuses a FIFO at once, without blocking, forced or not")
{
  TempFolder folder;
  const fs::path fifo = folder.path / "a.md";
  if (::mkfifo(fifo.c_str(), 0644) != 0) {
    MESSAGE("skipped: cannot make a FIFO here");
    return;
  }
  // Opening a FIFO for writing with no reader would block for ever: if the
  // path were opened, this test would hang (ctest's timeout fails it).
  for (const bool force : {false, true}) {
    const auto result = ptplan::write_output(fifo.string(), "# Plan\n", force);
    CHECK(result.status == ptplan::WriteStatus::failed);
    CHECK(result.message
          == fifo.string()
               + ": is a FIFO (named pipe); ptplan writes only regular files, never through a link, device or pipe, and --force "
                 "does not replace it");
  }
  CHECK(fs::is_fifo(fs::symlink_status(fifo)));
  CHECK(entries(folder.path) == std::vector<std::string>{"a.md"});
}

TEST_CASE("write_output refuses a device and a folder, forced or not")
{
  if (fs::exists("/dev/null")) {
    const auto device = ptplan::write_output("/dev/null", "x", true);
    CHECK(device.status == ptplan::WriteStatus::failed);
    CHECK(device.message.find("/dev/null: is a device;") == 0);
  }
  TempFolder folder;
  const auto is_folder = ptplan::write_output(folder.path.string(), "x", true);
  CHECK(is_folder.status == ptplan::WriteStatus::failed);
  CHECK(is_folder.message == folder.path.string() + ": is a folder; expected a file name");
}

TEST_CASE("write_output --force replaces a regular file by rename: a hard link to the old file keeps the old text")
{
  TempFolder folder;
  const fs::path target = folder.path / "plan.md";
  REQUIRE(ptplan::write_output(target.string(), "old\n", false).status == ptplan::WriteStatus::ok);
  const fs::path other = folder.path / "other-name";
  fs::create_hard_link(target, other);
  REQUIRE(ptplan::write_output(target.string(), "new\n", true).status == ptplan::WriteStatus::ok);
  CHECK(read(target) == "new\n");
  CHECK(read(other) == "old\n"); // written through, the old inode would say "new"
}

TEST_CASE("output_path_problem names what is in the way, and nothing for a free name or a regular file")
{
  TempFolder folder;
  CHECK_FALSE(ptplan::output_path_problem((folder.path / "free.json").string()));
  REQUIRE(ptplan::write_output((folder.path / "summary.json").string(), "{}", false).status == ptplan::WriteStatus::ok);
  CHECK_FALSE(ptplan::output_path_problem((folder.path / "summary.json").string()));
  fs::create_symlink("/etc/passwd", folder.path / "link.json");
  const auto problem = ptplan::output_path_problem((folder.path / "link.json").string());
  REQUIRE(problem);
  CHECK(problem->find("link.json: is a symbolic link;") != std::string::npos);
}

TEST_CASE("write_output words the errno of a failure, in lower case")
{
  CHECK(ptplan::error_words(ENOSPC) == "no space left on device");
  CHECK(ptplan::error_words(EACCES) == "permission denied");
}

TEST_CASE("write_output escapes control characters in the path it names")
{
  TempFolder folder;
  const std::string path = (folder.path / "nowhere\x1b]0;PWNED\a" / "plan.md").string();
  const auto result = ptplan::write_output(path, "x", false);
  CHECK(result.status == ptplan::WriteStatus::failed);
  CHECK(result.message.find('\x1b') == std::string::npos);
  CHECK(result.message.find("nowhere\\e]0;PWNED\\a") != std::string::npos);
}
