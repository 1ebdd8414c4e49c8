#include "ptplan/cli/app.hpp"

int main(int argc, char** argv)
{
  return ptplan::cli::run_app(argc, argv);
}
