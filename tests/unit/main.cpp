#define DOCTEST_CONFIG_IMPLEMENT
#include "ptplan/render/pdf/module_abi.hpp"
#include "ptplan/render/pdf_writer.hpp"

#include <doctest/doctest.h>

// The tests link render/pdf/ in, so PDF handouts are drawn without loading
// ptplan-pdf.so (the e2e tests load it, through the binary).
int main(int argc, char** argv)
{
  ptplan::render::use_linked_pdf(ptplan_pdf_api());
  return doctest::Context(argc, argv).run();
}
