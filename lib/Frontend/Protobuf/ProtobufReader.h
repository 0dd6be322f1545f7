// Parsed .proto files (ProtoBridge.h) into the model: messages (nested ones
// too) become API-object entities, their fields typed by the protobuf
// scalar, enum or message type; every gRPC method is an exposure of the
// fields its response reaches, to an `unknown` audience (a .proto file does
// not say who may call a service).
#pragma once

#include "Frontend/Protobuf/ProtoBridge.h"
#include "Model/Model.h"

#include <vector>

namespace privlint {

struct ProtoUnitFile {
  const SourceFile *File = nullptr;
  ProtoFileInfo Info;
};

void buildProtoModel(const std::vector<ProtoUnitFile> &Files, Model &M);

/// The byte offset of a 0-based line and column in File.
uint32_t protoOffset(const SourceFile &File, ProtoPos P);

} // namespace privlint
