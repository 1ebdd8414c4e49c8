#include "ptplan/render/pdf/renderer.hpp"

#include "ptplan/render/pdf/document.hpp"
#include "ptplan/render/pdf/html_tree.hpp"
#include "ptplan/render/pdf/layout.hpp"
#include "ptplan/render/pdf/paginate.hpp"

namespace ptplan::render::pdf {

std::optional<std::string> Renderer::render(const Request& request)
{
  const HtmlDocument html = parse_html(request.html);
  m_text.set_language(html.language);
  const PageGeometry geometry = page_geometry(request.paper, request.large_print);

  // The footer's height sets the body's; the body then flows in pages.
  Footer footer{running_footer(html.body, request.kind), request.page_pattern, 0};
  footer.height = footer_height(footer, geometry, m_text);
  const double height = body_height(geometry, footer);
  Layouter layouter(m_text, m_pictures, request.kind, request.large_print);
  const std::vector<Piece> pieces = layouter.flow(html.body, geometry.content_width(), height);
  const std::vector<Page> pages = paginate(pieces, height);

  const Metadata metadata{html.title, request.author, std::string("ptplan ") + PTPLAN_VERSION};
  return write_pdf(pages, footer, geometry, metadata, m_text);
}

} // namespace ptplan::render::pdf
