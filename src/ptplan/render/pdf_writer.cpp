#include "ptplan/render/pdf_writer.hpp"

#include "ptplan/render/pdf/module_abi.hpp"

#include <fmt/format.h>

#include <dlfcn.h>
#include <unistd.h>

#include <array>
#include <vector>

namespace ptplan::render {

namespace {

const PtplanPdfApi* g_linked = nullptr;

struct Loaded
{
  const PtplanPdfApi* api = nullptr;
  std::string error;
};

// The folder of the running binary, from /proc/self/exe (never the working
// folder or PATH, so the module loaded is the one installed with it).
std::string binary_folder()
{
  std::array<char, 4096> path{};
  const ssize_t size = readlink("/proc/self/exe", path.data(), path.size() - 1);
  if (size <= 0) {
    return {};
  }
  std::string folder(path.data(), static_cast<std::size_t>(size));
  return folder.substr(0, folder.rfind('/') + 1);
}

Loaded load_module()
{
  const std::string folder = binary_folder();
  const std::vector<std::string> candidates = {folder + "ptplan-pdf.so", folder + "../lib/ptplan/ptplan-pdf.so"};
  std::string tried;
  for (const auto& path : candidates) {
    if (access(path.c_str(), F_OK) != 0) {
      tried += (tried.empty() ? "" : ", ") + path;
      continue;
    }
    // Kept for the life of the process: Pango and fontconfig keep state.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) {
      const char* why = dlerror();
      return {nullptr, fmt::format("PDF output needs {}, which could not be loaded: {}", path, why ? why : "unknown error")};
    }
    using Entry = const PtplanPdfApi* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(module, "ptplan_pdf_api"));
    const PtplanPdfApi* api = entry ? entry() : nullptr;
    if (!api || api->abi != k_ptplan_pdf_abi || std::string_view(api->version) != PTPLAN_VERSION) {
      return {nullptr, fmt::format("PDF output needs the ptplan-pdf.so of ptplan {}, and {} is another build; reinstall ptplan",
                         PTPLAN_VERSION, path)};
    }
    return {api, {}};
  }
  return {
    nullptr, fmt::format("PDF output needs ptplan-pdf.so, which is not installed (looked for {}); reinstall ptplan", tried)};
}

} // namespace

void use_linked_pdf(const PtplanPdfApi* api)
{
  g_linked = api;
}

PdfWriter::PdfWriter()
{
  static const Loaded loaded = g_linked ? Loaded{g_linked, {}} : load_module();
  m_api = loaded.api;
  m_error = loaded.error;
  if (m_api) {
    m_renderer = m_api->create();
  }
}

PdfWriter::~PdfWriter()
{
  if (m_renderer) {
    m_api->destroy(m_renderer);
  }
}

std::optional<std::string> PdfWriter::render(const PdfRequest& request)
{
  if (!m_renderer) {
    return std::nullopt;
  }
  const PtplanPdfRequest wanted{request.html.data(), request.html.size(), request.referral ? 1 : 0,
    request.paper == Paper::letter ? 1 : 0, request.large_print ? 1 : 0, request.author.data(), request.author.size(),
    request.page_pattern.data(), request.page_pattern.size()};
  std::string bytes;
  const auto sink = [](void* context, const char* data, std::size_t size) {
    static_cast<std::string*>(context)->assign(data, size);
  };
  if (m_api->render(m_renderer, &wanted, sink, &bytes) == 0) {
    return std::nullopt;
  }
  return bytes;
}

} // namespace ptplan::render
