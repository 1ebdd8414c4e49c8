// Reading inputs (load/file.hpp): files in a catalog or templates folder
// stay inside it and are regular files; nothing blocks on a FIFO; a stop
// request ends a read that waits (issue 15, reproducers 6 and 8).

#include "ptplan/load/file.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct TempFolder
{
  fs::path path;
  TempFolder()
  {
    std::string name = (fs::temp_directory_path() / "ptplan-file-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path = name;
  }
  ~TempFolder() { fs::remove_all(path); }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
};

void write(const fs::path& path, const std::string& text)
{
  std::ofstream out(path, std::ios::binary);
  out << text;
}

} // namespace

TEST_CASE("read_folder_file reads files inside the folder, through links that stay inside")
{
  TempFolder folder;
  fs::create_directories(folder.path / "catalog" / "sub");
  write(folder.path / "catalog" / "sub" / "a.yaml", "a: 1\n");
  fs::create_symlink("sub/a.yaml", folder.path / "catalog" / "link.yaml");
  ptplan::Diagnostics diagnostics;
  CHECK(
    ptplan::load::read_folder_file(folder.path / "catalog", folder.path / "catalog" / "sub" / "a.yaml", diagnostics) == "a: 1\n");
  CHECK(ptplan::load::read_folder_file(folder.path / "catalog", folder.path / "catalog" / "link.yaml", diagnostics) == "a: 1\n");
  CHECK(diagnostics.empty());
}

// Reproducer 8: a template symlink to /etc/shadow printed the file as the
// handout.
TEST_CASE("read_folder_file refuses a link that leads outside the folder, and anything but a regular file")
{
  TempFolder folder;
  fs::create_directories(folder.path / "templates");
  write(folder.path / "secret.txt", "secret\n");
  fs::create_symlink(folder.path / "secret.txt", folder.path / "templates" / "plan.markdown.mustache");
  fs::create_symlink("../secret.txt", folder.path / "templates" / "plan.text.mustache");
  fs::create_symlink("/etc/passwd", folder.path / "templates" / "plan.html.mustache");
  for (const char* name : {"plan.markdown.mustache", "plan.text.mustache", "plan.html.mustache"}) {
    CAPTURE(name);
    ptplan::Diagnostics diagnostics;
    const fs::path path = folder.path / "templates" / name;
    CHECK_FALSE(ptplan::load::read_folder_file(folder.path / "templates", path, diagnostics));
    CHECK(diagnostics.format()
          == path.string() + ": error: is a link to a file outside " + (folder.path / "templates").string()
               + "; files in a catalog or templates folder must be inside it\n");
  }
  const fs::path fifo = folder.path / "templates" / "referral.text.mustache";
  if (::mkfifo(fifo.c_str(), 0644) == 0) {
    ptplan::Diagnostics diagnostics;
    CHECK_FALSE(ptplan::load::read_folder_file(folder.path / "templates", fifo, diagnostics)); // and does not block
    CHECK(diagnostics.format().find("is not a regular file") != std::string::npos);
  } else {
    MESSAGE("skipped the FIFO case: cannot make a FIFO here");
  }
}

TEST_CASE("read_file reads a FIFO as it comes, and a stop request ends a read that waits")
{
  TempFolder folder;
  const fs::path fifo = folder.path / "in.yaml";
  if (::mkfifo(fifo.c_str(), 0644) != 0) {
    MESSAGE("skipped: cannot make a FIFO here");
    return;
  }
  SUBCASE("a writer comes")
  {
    std::thread writer([&] { write(fifo, "patient: x\n"); });
    ptplan::Diagnostics diagnostics;
    const auto text = ptplan::load::read_file(fifo, diagnostics);
    writer.join();
    CHECK(text == "patient: x\n");
  }
  SUBCASE("no writer: the stop ends it")
  {
    std::atomic<bool> stop{false};
    std::thread stopper([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      stop.store(true);
    });
    const auto start = std::chrono::steady_clock::now();
    ptplan::Diagnostics diagnostics;
    const auto text = ptplan::load::read_file(fifo, diagnostics, ptplan::load::k_max_file_bytes, &stop);
    stopper.join();
    CHECK_FALSE(text);
    CHECK(diagnostics.format() == fifo.string() + ": error: reading was interrupted\n");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  }
}

TEST_CASE("InterruptibleInput ends the stream when stop is set, and says so")
{
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::atomic<bool> stop{false};
  REQUIRE(::write(fds[1], "a: 1\n", 5) == 5);
  ptplan::load::InterruptibleInput buffer(fds[0], stop);
  std::istream in(&buffer);
  std::string line;
  REQUIRE(std::getline(in, line));
  CHECK(line == "a: 1");
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    stop.store(true);
  });
  CHECK_FALSE(std::getline(in, line)); // the pipe stays open: only the stop ends this
  stopper.join();
  CHECK(buffer.interrupted());
  ::close(fds[0]);
  ::close(fds[1]);
}
