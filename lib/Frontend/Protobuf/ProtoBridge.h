// The boundary between privlint and libprivlint-proto.so, which holds
// libprotobuf's own .proto parser and is loaded (dlopen) only when .proto
// files are read, so other runs never load libprotobuf. Plain C++ types:
// both sides are built by this project with the same compiler.
#pragma once

#include <string>
#include <vector>

namespace privlint {

struct ProtoPos {
  int Line = -1; // 0-based, as libprotobuf reports; -1 when unknown
  int Column = 0;
};

struct ProtoFieldInfo {
  std::string Name;
  ProtoPos At;
  std::string Label;    // "optional", "required", "repeated" or "" (proto3 singular)
  std::string Type;     // scalar type ("string", "int64") or "" for messages and enums
  std::string TypeName; // message or enum type as written (".pkg.Msg", "Msg"), else ""
  bool IsMap = false;
  std::string MapKey, MapValue; // map<MapKey, MapValue>
  std::string Oneof;            // the oneof it belongs to, else ""
};

struct ProtoMessageInfo {
  std::string Name; // nested names joined with '.': Outer.Inner
  ProtoPos At;
  std::vector<ProtoFieldInfo> Fields;
};

struct ProtoMethodInfo {
  std::string Service, Name;
  ProtoPos At;
  std::string Input, Output; // as written
  bool ServerStreaming = false;
};

struct ProtoError {
  ProtoPos At;
  std::string Message;
};

struct ProtoFileInfo {
  std::string Syntax; // "proto2", "proto3"
  std::string Package;
  std::vector<std::string> Imports;
  std::vector<ProtoPos> ImportAt;
  std::vector<ProtoMessageInfo> Messages;
  std::vector<std::string> Enums; // full names within the file (Outer.Kind)
  std::vector<ProtoMethodInfo> Methods;
  std::vector<ProtoError> Errors;
};

using ProtoParseFn = void (*)(const std::string &Text, ProtoFileInfo &Out);

} // namespace privlint

extern "C" void privlint_proto_parse(const std::string &Text, privlint::ProtoFileInfo &Out);
