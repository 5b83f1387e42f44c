//===--- LabelguardClangdMain.cpp - labelguard-clangd ---------------------===//
//
// clangd with the metrics module built in, for editors.
//
//===----------------------------------------------------------------------===//

namespace clang {
namespace clangd {
// Debian ships libclangdMain.a but not clangd's headers; this is the entry
// point's declaration from clang-tools-extra/clangd/tool/ClangdMain.h.
int clangdMain(int Argc, char *Argv[]);
} // namespace clangd
namespace tidy {
// Defined next to the module's registry entry; using it keeps that object.
extern volatile int LabelguardMetricsModuleAnchorSource;
} // namespace tidy
} // namespace clang

int main(int Argc, char *Argv[]) {
  (void)clang::tidy::LabelguardMetricsModuleAnchorSource;
  return clang::clangd::clangdMain(Argc, Argv);
}
