#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

typedef struct _cairo_surface cairo_surface_t;

namespace ptplan::render::pdf {

// A picture ready to draw: its drawing recorded once (vector paths for an
// SVG), drawn into every PDF that shows it as one shared form.
class Picture
{
public:
  Picture(cairo_surface_t* recording, double width, double height);
  ~Picture();
  Picture(const Picture&) = delete;
  Picture& operator=(const Picture&) = delete;

  cairo_surface_t* surface() const { return m_recording; }
  double width() const { return m_width; } // natural size, in points
  double height() const { return m_height; }

private:
  cairo_surface_t* m_recording;
  double m_width;
  double m_height;
};

// The bytes of a picture and their type, taken from where the handout's
// HTML points at it.
struct PictureBytes
{
  std::string mime; // "image/svg+xml", "image/png"
  std::string bytes;
};

// The one place a handout's pictures come from: a `data:` URI, as the HTML
// handout carries its drawings (base64 or percent-encoded). Anything else
// (a file or a web address) is never loaded: the empty optional.
std::optional<PictureBytes> picture_source(std::string_view src);

// SVG (librsvg) or PNG (cairo) bytes drawn into a Picture; null when they
// are not a picture librsvg or cairo can read.
std::shared_ptr<const Picture> make_picture(const PictureBytes& bytes);

// Pictures by their `src`, each read once: a batch shows the same drawings
// in handout after handout. Keeps at most k_capacity pictures (it starts
// afresh when full). Not shared between threads.
class PictureCache
{
public:
  std::shared_ptr<const Picture> get(std::string_view src);

private:
  static constexpr std::size_t k_capacity = 256;
  std::map<std::string, std::shared_ptr<const Picture>, std::less<>> m_pictures;
};

} // namespace ptplan::render::pdf
