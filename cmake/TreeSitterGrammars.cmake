# tree-sitter grammars: the generated C sources come from the pinned npm
# packages in package.json / package-lock.json (installed by scripts/setup.sh
# with `npm ci --ignore-scripts`); nothing generated is committed. Each grammar
# becomes a static library ts_grammar_<lang> linked with Debian's tree-sitter
# runtime (libtree-sitter-dev 0.20.7: grammar ABI 13-14, see
# ../shared/toolchain.md §6). Only lib/Frontend/TreeSitter/ includes the
# runtime's headers.
#
#   privlint_tree_sitter_grammar(<lang> [PACKAGE <npm-name>] [SUBDIR <dir>])
#
# compiles node_modules/<npm-name>/<dir>/src/parser.c plus scanner.c or
# scanner.cc when present (default npm-name: tree-sitter-<lang>; SUBDIR for
# packages with several grammars, e.g. tree-sitter-typescript's typescript/).

find_package(PkgConfig REQUIRED)
# No version check: Debian's tree-sitter.pc reports a bogus "Version: 0.6.3".
pkg_check_modules(TREE_SITTER REQUIRED IMPORTED_TARGET tree-sitter)

function(privlint_tree_sitter_grammar lang)
  cmake_parse_arguments(PARSE_ARGV 1 TSG "" "PACKAGE;SUBDIR" "")
  if(NOT TSG_PACKAGE)
    set(TSG_PACKAGE tree-sitter-${lang})
  endif()
  set(pkg_dir ${CMAKE_SOURCE_DIR}/node_modules/${TSG_PACKAGE})
  if(TSG_SUBDIR)
    set(src_dir ${pkg_dir}/${TSG_SUBDIR}/src)
  else()
    set(src_dir ${pkg_dir}/src)
  endif()
  if(NOT EXISTS ${src_dir}/parser.c)
    message(FATAL_ERROR
      "privlint: the tree-sitter grammar ${TSG_PACKAGE} is missing "
      "(${src_dir}/parser.c not found): run scripts/setup.sh "
      "(npm ci --ignore-scripts) first")
  endif()
  set(sources ${src_dir}/parser.c)
  foreach(scanner scanner.c scanner.cc)
    if(EXISTS ${src_dir}/${scanner})
      list(APPEND sources ${src_dir}/${scanner})
    endif()
  endforeach()

  set(target ts_grammar_${lang})
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PRIVATE ${src_dir})
  set_target_properties(${target} PROPERTIES
    C_STANDARD 11
    POSITION_INDEPENDENT_CODE ON)
  # Generated code: optimise it whatever the build type, and keep its warnings
  # (and the project's -Werror) out of our build logs.
  target_compile_options(${target} PRIVATE -O2 -w)
  target_link_libraries(${target} INTERFACE PkgConfig::TREE_SITTER)
  # Rebuild when the lockfile pins another version.
  set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/package-lock.json)
endfunction()

privlint_tree_sitter_grammar(ruby)
privlint_tree_sitter_grammar(python)
privlint_tree_sitter_grammar(typescript SUBDIR typescript)
privlint_tree_sitter_grammar(java)

if(TARGET privlint_core)
  target_link_libraries(privlint_core PRIVATE
    ts_grammar_ruby ts_grammar_python ts_grammar_typescript ts_grammar_java
    PkgConfig::TREE_SITTER)
else()
  message(FATAL_ERROR "privlint: include cmake/TreeSitterGrammars.cmake after privlint_core is defined")
endif()
