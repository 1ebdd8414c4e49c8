#include "ptplan/render/pdf/pictures.hpp"

#include <cairo.h>
#include <glib.h>
#include <librsvg/rsvg.h>

#include <cctype>
#include <cstring>

namespace ptplan::render::pdf {

namespace {

int hex_digit(char c)
{
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

std::string percent_decode(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 && hex_digit(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::optional<std::string> base64_decode(std::string_view text)
{
  // g_base64_decode skips what is not base64; refuse anything but the
  // alphabet, padding and white space instead.
  for (const char c : text) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '='
          || std::isspace(static_cast<unsigned char>(c)))) {
      return std::nullopt;
    }
  }
  const std::string copy(text);
  gsize size = 0;
  guchar* decoded = g_base64_decode(copy.c_str(), &size);
  std::string bytes(reinterpret_cast<const char*>(decoded), size);
  g_free(decoded);
  return bytes;
}

std::shared_ptr<const Picture> record_svg(const std::string& bytes)
{
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()), bytes.size(), &error);
  if (!handle) {
    g_clear_error(&error);
    return nullptr;
  }
  double width = 0;
  double height = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height)) {
    // No width and height: the viewBox gives the shape.
    gboolean has_width = FALSE;
    gboolean has_height = FALSE;
    gboolean has_viewbox = FALSE;
    RsvgLength length_w{};
    RsvgLength length_h{};
    RsvgRectangle viewbox{};
    rsvg_handle_get_intrinsic_dimensions(handle, &has_width, &length_w, &has_height, &length_h, &has_viewbox, &viewbox);
    if (has_viewbox) {
      width = viewbox.width;
      height = viewbox.height;
    }
  }
  std::shared_ptr<const Picture> picture;
  if (width > 0 && height > 0 && width < 1e5 && height < 1e5) {
    const cairo_rectangle_t extents{0, 0, width, height};
    cairo_surface_t* recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    cairo_t* cr = cairo_create(recording);
    const RsvgRectangle viewport{0, 0, width, height};
    const bool drawn = rsvg_handle_render_document(handle, cr, &viewport, &error);
    cairo_destroy(cr);
    g_clear_error(&error);
    if (drawn && cairo_surface_status(recording) == CAIRO_STATUS_SUCCESS) {
      picture = std::make_shared<const Picture>(recording, width, height);
    } else {
      cairo_surface_destroy(recording);
    }
  }
  g_object_unref(handle);
  return picture;
}

struct PngReader
{
  std::string_view bytes;
  std::size_t offset = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length)
{
  auto* reader = static_cast<PngReader*>(closure);
  if (reader->bytes.size() - reader->offset < length) {
    return CAIRO_STATUS_READ_ERROR;
  }
  std::memcpy(data, reader->bytes.data() + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

std::shared_ptr<const Picture> record_png(const std::string& bytes)
{
  PngReader reader{bytes};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(read_png, &reader);
  std::shared_ptr<const Picture> picture;
  if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS) {
    const double width = cairo_image_surface_get_width(image);
    const double height = cairo_image_surface_get_height(image);
    const cairo_rectangle_t extents{0, 0, width, height};
    cairo_surface_t* recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    cairo_t* cr = cairo_create(recording);
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_paint(cr);
    cairo_destroy(cr);
    picture = std::make_shared<const Picture>(recording, width, height);
  }
  cairo_surface_destroy(image);
  return picture;
}

} // namespace

Picture::Picture(cairo_surface_t* recording, double width, double height)
    : m_recording(recording), m_width(width), m_height(height)
{}

Picture::~Picture()
{
  cairo_surface_destroy(m_recording);
}

std::optional<PictureBytes> picture_source(std::string_view src)
{
  constexpr std::string_view k_data = "data:";
  if (src.substr(0, k_data.size()) != k_data) {
    return std::nullopt;
  }
  src.remove_prefix(k_data.size());
  const std::size_t comma = src.find(',');
  if (comma == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view header = src.substr(0, comma);
  const std::string_view payload = src.substr(comma + 1);
  constexpr std::string_view k_base64 = ";base64";
  const bool base64 = header.size() >= k_base64.size() && header.substr(header.size() - k_base64.size()) == k_base64;
  PictureBytes picture;
  picture.mime = std::string(header.substr(0, std::min(header.find(';'), header.size())));
  if (base64) {
    auto bytes = base64_decode(payload);
    if (!bytes) {
      return std::nullopt;
    }
    picture.bytes = std::move(*bytes);
  } else {
    picture.bytes = percent_decode(payload);
  }
  return picture;
}

std::shared_ptr<const Picture> make_picture(const PictureBytes& bytes)
{
  if (bytes.mime == "image/svg+xml") {
    return record_svg(bytes.bytes);
  }
  if (bytes.mime == "image/png") {
    return record_png(bytes.bytes);
  }
  return nullptr;
}

std::shared_ptr<const Picture> PictureCache::get(std::string_view src)
{
  if (const auto found = m_pictures.find(src); found != m_pictures.end()) {
    return found->second;
  }
  const auto bytes = picture_source(src);
  std::shared_ptr<const Picture> picture = bytes ? make_picture(*bytes) : nullptr;
  if (m_pictures.size() >= k_capacity) {
    m_pictures.clear();
  }
  m_pictures.emplace(std::string(src), picture);
  return picture;
}

} // namespace ptplan::render::pdf
