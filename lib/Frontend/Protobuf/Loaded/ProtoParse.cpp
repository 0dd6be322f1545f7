// The only place that calls libprotobuf: compiler::Parser on one file, no
// DescriptorPool (imports need not resolve), its errors and the source
// positions of messages, fields, imports and methods copied into plain
// structs. Built into libprivlint-proto.so (lib/Frontend/Protobuf/CMakeLists.txt).
#include "Frontend/Protobuf/ProtoBridge.h"

#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

namespace pb = google::protobuf;

namespace {

class Collector : public pb::io::ErrorCollector {
public:
  explicit Collector(privlint::ProtoFileInfo &Out) : Out(Out) {}
  void AddError(int Line, pb::io::ColumnNumber Column, const std::string &Message) override {
    Out.Errors.push_back({{Line, Column}, Message});
  }

private:
  privlint::ProtoFileInfo &Out;
};

privlint::ProtoPos find(const pb::compiler::SourceLocationTable &T, const pb::Message &M) {
  privlint::ProtoPos P;
  if (!T.Find(&M, pb::DescriptorPool::ErrorCollector::NAME, &P.Line, &P.Column))
    P.Line = -1;
  return P;
}

const char *labelName(pb::FieldDescriptorProto::Label L) {
  switch (L) {
  case pb::FieldDescriptorProto::LABEL_OPTIONAL:
    return "optional";
  case pb::FieldDescriptorProto::LABEL_REQUIRED:
    return "required";
  case pb::FieldDescriptorProto::LABEL_REPEATED:
    return "repeated";
  }
  return "";
}

std::string scalarName(const pb::FieldDescriptorProto &F) {
  if (F.has_type_name() || !F.has_type())
    return {};
  // FieldDescriptor's names match the .proto keywords (TYPE_STRING -> "string").
  return pb::FieldDescriptor::TypeName(static_cast<pb::FieldDescriptor::Type>(F.type()));
}

std::string typeText(const pb::FieldDescriptorProto &F) {
  return F.has_type_name() ? F.type_name() : scalarName(F);
}

void collect(const pb::DescriptorProto &D, const std::string &Prefix,
             const pb::compiler::SourceLocationTable &T, const std::string &Syntax,
             privlint::ProtoFileInfo &Out) {
  if (D.options().map_entry())
    return;
  privlint::ProtoMessageInfo Msg;
  Msg.Name = Prefix + D.name();
  Msg.At = find(T, D);
  for (const auto &F : D.field()) {
    privlint::ProtoFieldInfo Fi;
    Fi.Name = F.name();
    Fi.At = find(T, F);
    Fi.Type = scalarName(F);
    Fi.TypeName = F.has_type_name() ? F.type_name() : "";
    // Proto3 singular fields carry LABEL_OPTIONAL without the keyword.
    if (F.label() == pb::FieldDescriptorProto::LABEL_REPEATED || Syntax != "proto3" ||
        F.proto3_optional())
      Fi.Label = labelName(F.label());
    if (F.has_oneof_index() && F.oneof_index() < D.oneof_decl_size() && !F.proto3_optional())
      Fi.Oneof = D.oneof_decl(F.oneof_index()).name();
    // map<K, V> is a repeated field of a nested *Entry message.
    if (F.label() == pb::FieldDescriptorProto::LABEL_REPEATED && F.has_type_name())
      for (const auto &N : D.nested_type())
        if (N.options().map_entry() &&
            (F.type_name() == N.name() || F.type_name().ends_with("." + N.name()))) {
          Fi.IsMap = true;
          Fi.Label.clear();
          Fi.TypeName.clear();
          if (N.field_size() == 2) {
            Fi.MapKey = typeText(N.field(0));
            Fi.MapValue = typeText(N.field(1));
          }
        }
    Msg.Fields.push_back(std::move(Fi));
  }
  Out.Messages.push_back(std::move(Msg));
  for (const auto &E : D.enum_type())
    Out.Enums.push_back(Prefix + D.name() + "." + E.name());
  for (const auto &N : D.nested_type())
    collect(N, Prefix + D.name() + ".", T, Syntax, Out);
}

} // namespace

extern "C" void privlint_proto_parse(const std::string &Text, privlint::ProtoFileInfo &Out) {
  pb::io::ArrayInputStream Input(Text.data(), static_cast<int>(Text.size()));
  Collector Errors(Out);
  pb::io::Tokenizer Tokens(&Input, &Errors);
  pb::compiler::SourceLocationTable Table;
  pb::compiler::Parser P;
  P.RecordErrorsTo(&Errors);
  P.RecordSourceLocationsTo(&Table);
  P.SetRequireSyntaxIdentifier(false);
  pb::FileDescriptorProto File;
  P.Parse(&Tokens, &File);
  Out.Syntax = File.syntax().empty() ? "proto2" : File.syntax();
  Out.Package = File.package();
  for (const auto &Dep : File.dependency()) {
    Out.Imports.push_back(Dep);
    privlint::ProtoPos Pos;
    if (!Table.FindImport(&File, Dep, &Pos.Line, &Pos.Column))
      Pos.Line = -1;
    Out.ImportAt.push_back(Pos);
  }
  for (const auto &E : File.enum_type())
    Out.Enums.push_back(E.name());
  for (const auto &D : File.message_type())
    collect(D, "", Table, Out.Syntax, Out);
  for (const auto &S : File.service())
    for (const auto &M : S.method()) {
      privlint::ProtoMethodInfo Mi;
      Mi.Service = S.name();
      Mi.Name = M.name();
      Mi.At = find(Table, M);
      Mi.Input = M.input_type();
      Mi.Output = M.output_type();
      Mi.ServerStreaming = M.server_streaming();
      Out.Methods.push_back(std::move(Mi));
    }
}
