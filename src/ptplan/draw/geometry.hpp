#pragma once

#include <array>
#include <cmath>

namespace ptplan::draw {

// Points and directions in centimetres: x forward (or right on the page),
// y up, z toward the viewer.
struct Vec3
{
  double x = 0;
  double y = 0;
  double z = 0;
};

inline Vec3 operator+(Vec3 a, Vec3 b)
{
  return {a.x + b.x, a.y + b.y, a.z + b.z};
}
inline Vec3 operator-(Vec3 a, Vec3 b)
{
  return {a.x - b.x, a.y - b.y, a.z - b.z};
}
inline Vec3 operator*(Vec3 a, double k)
{
  return {a.x * k, a.y * k, a.z * k};
}
inline double dot(Vec3 a, Vec3 b)
{
  return a.x * b.x + a.y * b.y + a.z * b.z;
}
inline double length(Vec3 a)
{
  return std::sqrt(dot(a, a));
}

// A point on the page, in centimetres before scaling: u to the right, v up.
struct Vec2
{
  double u = 0;
  double v = 0;
};

inline Vec2 operator+(Vec2 a, Vec2 b)
{
  return {a.u + b.u, a.v + b.v};
}
inline Vec2 operator-(Vec2 a, Vec2 b)
{
  return {a.u - b.u, a.v - b.v};
}
inline Vec2 operator*(Vec2 a, double k)
{
  return {a.u * k, a.v * k};
}
inline double dot(Vec2 a, Vec2 b)
{
  return a.u * b.u + a.v * b.v;
}
inline double cross(Vec2 a, Vec2 b)
{
  return a.u * b.v - a.v * b.u;
}
inline double length(Vec2 a)
{
  return std::sqrt(dot(a, a));
}
inline Vec2 unit(Vec2 a)
{
  const double n = length(a);
  return n > 1e-9 ? a * (1.0 / n) : Vec2{1, 0};
}
inline Vec2 normal(Vec2 a)
{
  return {-a.v, a.u};
}

constexpr double k_pi = 3.14159265358979323846;
inline double radians(double degrees)
{
  return degrees * k_pi / 180.0;
}

// A rotation (or any linear map) as a 3 by 3 matrix; columns are where the
// x, y and z axes go.
struct Mat3
{
  std::array<double, 9> m{1, 0, 0, 0, 1, 0, 0, 0, 1}; // row-major

  static Mat3 columns(Vec3 x, Vec3 y, Vec3 z) { return Mat3{{x.x, y.x, z.x, x.y, y.y, z.y, x.z, y.z, z.z}}; }
  // Turning by `degrees` about an axis, counter-clockwise seen from its tip.
  static Mat3 about_x(double degrees)
  {
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return Mat3{{1, 0, 0, 0, c, -s, 0, s, c}};
  }
  static Mat3 about_y(double degrees)
  {
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return Mat3{{c, 0, s, 0, 1, 0, -s, 0, c}};
  }
  static Mat3 about_z(double degrees)
  {
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return Mat3{{c, -s, 0, s, c, 0, 0, 0, 1}};
  }

  Vec3 operator*(Vec3 v) const
  {
    return {m[0] * v.x + m[1] * v.y + m[2] * v.z, m[3] * v.x + m[4] * v.y + m[5] * v.z, m[6] * v.x + m[7] * v.y + m[8] * v.z};
  }
  Mat3 operator*(const Mat3& o) const
  {
    Mat3 r;
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 3; ++j) {
        double sum = 0;
        for (int k = 0; k < 3; ++k) {
          sum += m[static_cast<std::size_t>(i * 3 + k)] * o.m[static_cast<std::size_t>(k * 3 + j)];
        }
        r.m[static_cast<std::size_t>(i * 3 + j)] = sum;
      }
    }
    return r;
  }
  Vec3 x_axis() const { return {m[0], m[3], m[6]}; }
  Vec3 y_axis() const { return {m[1], m[4], m[7]}; }
  Vec3 z_axis() const { return {m[2], m[5], m[8]}; }
};

} // namespace ptplan::draw
