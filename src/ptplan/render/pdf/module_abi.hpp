#pragma once

// The one door into ptplan-pdf.so (render/pdf/, built as a module): plain C
// types only, so the binary and the module share no C++ object across it.
// The binary loads the module the first time a PDF is asked for
// (render/pdf_writer.hpp); other formats never load Cairo, Pango or librsvg.

#include <cstddef>

extern "C" {

// What to draw: the HTML handout and how to print it (see pdf::Request).
struct PtplanPdfRequest
{
  const char* html;
  std::size_t html_size;
  int referral;    // 0: a plan, 1: a referral notice
  int letter;      // 0: A4, 1: US Letter
  int large_print; // 0 or 1
  const char* author;
  std::size_t author_size;
  const char* page_pattern; // "Page {page} of {pages}", in the handout's language
  std::size_t page_pattern_size;
};

// Receives the PDF's bytes, once, when the drawing succeeds.
typedef void (*PtplanPdfSink)(void* context, const char* bytes, std::size_t size);

struct PtplanPdfApi
{
  int abi;             // k_ptplan_pdf_abi of the module's build
  const char* version; // PTPLAN_VERSION of the module's build
  void* (*create)();   // a renderer with its own font and picture caches (one per thread)
  void (*destroy)(void* renderer);
  // 1 when the PDF was drawn and given to `sink`, 0 when Cairo failed.
  int (*render)(void* renderer, const PtplanPdfRequest* request, PtplanPdfSink sink, void* context);
};

// The module's only exported symbol.
const PtplanPdfApi* ptplan_pdf_api();
}

// Raised whenever PtplanPdfRequest or PtplanPdfApi change.
inline constexpr int k_ptplan_pdf_abi = 1;
