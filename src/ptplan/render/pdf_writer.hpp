#pragma once

#include "ptplan/render/print_options.hpp"

#include <optional>
#include <string>
#include <string_view>

struct PtplanPdfApi;

namespace ptplan::render {

// One PDF handout to draw: the HTML handout it is drawn from, and how to
// print it (render/pdf/renderer.hpp has the details).
struct PdfRequest
{
  std::string_view html;
  bool referral = false;
  Paper paper = Paper::a4;
  std::string author;
  bool large_print = false;
  std::string page_pattern;
};

// Draws PDF handouts with ptplan-pdf.so, the module that holds Cairo, Pango
// and librsvg: it is loaded once per process, the first time a writer is
// made, so plans in other formats start without those 51 libraries. The
// module is looked for next to the binary (a build folder), then in
// ../lib/ptplan/ (an installed one). Not shared between threads.
class PdfWriter
{
public:
  PdfWriter();
  ~PdfWriter();
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  // False when the module could not be loaded; error() says why, with its path.
  bool ok() const { return m_renderer != nullptr; }
  const std::string& error() const { return m_error; }

  // The PDF's bytes; the empty optional when Cairo fails or !ok().
  std::optional<std::string> render(const PdfRequest& request);

private:
  const PtplanPdfApi* m_api = nullptr;
  void* m_renderer = nullptr;
  std::string m_error;
};

// For a binary that has render/pdf/ linked in (the unit tests): PdfWriter
// uses it and loads no module. Call before the first PdfWriter is made.
void use_linked_pdf(const PtplanPdfApi* api);

} // namespace ptplan::render
