// ptplan-pdf.so's entry: the C door of module_abi.hpp onto pdf::Renderer.
#include "ptplan/render/pdf/module_abi.hpp"
#include "ptplan/render/pdf/renderer.hpp"

#include <string>

namespace {

using ptplan::render::pdf::Renderer;

// Nothing thrown crosses the C door: a failure is a null or a 0.
void* create_renderer()
{
  try {
    return new Renderer();
  } catch (...) {
    return nullptr;
  }
}

void destroy_renderer(void* renderer)
{
  delete static_cast<Renderer*>(renderer);
}

int render_pdf(void* renderer, const PtplanPdfRequest* request, PtplanPdfSink sink, void* context)
{
  using namespace ptplan::render;
  try {
    pdf::Request wanted;
    wanted.html = std::string_view(request->html, request->html_size);
    wanted.kind = request->referral ? pdf::Kind::referral : pdf::Kind::plan;
    wanted.paper = request->letter ? Paper::letter : Paper::a4;
    wanted.author.assign(request->author, request->author_size);
    wanted.large_print = request->large_print != 0;
    wanted.page_pattern.assign(request->page_pattern, request->page_pattern_size);
    const auto bytes = static_cast<Renderer*>(renderer)->render(wanted);
    if (!bytes) {
      return 0;
    }
    sink(context, bytes->data(), bytes->size());
    return 1;
  } catch (...) {
    return 0;
  }
}

constexpr PtplanPdfApi k_api{k_ptplan_pdf_abi, PTPLAN_VERSION, create_renderer, destroy_renderer, render_pdf};

} // namespace

extern "C" __attribute__((visibility("default"))) const PtplanPdfApi* ptplan_pdf_api()
{
  return &k_api;
}
