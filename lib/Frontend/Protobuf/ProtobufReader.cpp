#include "Frontend/Protobuf/ProtobufReader.h"

#include "Classify/Markers.h"
#include "Support/Text.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace privlint {

uint32_t protoOffset(const SourceFile &File, ProtoPos P) {
  if (P.Line < 0)
    return 0;
  uint32_t Line = static_cast<uint32_t>(P.Line) + 1;
  if (Line > File.lineCount())
    return static_cast<uint32_t>(File.text().size());
  uint32_t Start = File.lineStart(Line);
  uint32_t Len = static_cast<uint32_t>(File.lineText(Line).size());
  return Start + std::min<uint32_t>(static_cast<uint32_t>(std::max(P.Column, 0)), Len);
}

namespace {

TypeClass scalarClass(const std::string &T) {
  if (T == "string")
    return TypeClass::Text;
  if (T == "bytes")
    return TypeClass::Binary;
  if (T == "bool")
    return TypeClass::Boolean;
  if (T == "double" || T == "float" || T.find("int") != std::string::npos ||
      T.find("fixed") != std::string::npos)
    return TypeClass::Number;
  return TypeClass::Unknown;
}

// Well-known and common message types that stand for one value.
TypeClass wellKnownClass(const std::string &Full) {
  if (Full == "google.protobuf.Timestamp" || Full == "google.protobuf.Duration" ||
      Full == "google.type.Date" || Full == "google.type.DateTime" ||
      Full == "google.type.TimeOfDay")
    return TypeClass::Time;
  if (Full == "google.protobuf.StringValue")
    return TypeClass::Text;
  if (Full == "google.protobuf.BytesValue")
    return TypeClass::Binary;
  if (Full == "google.protobuf.BoolValue")
    return TypeClass::Boolean;
  if (Full.starts_with("google.protobuf.") && Full.size() > 5 &&
      Full.compare(Full.size() - 5, 5, "Value") == 0)
    return TypeClass::Number;
  if (Full == "google.protobuf.Struct" || Full == "google.protobuf.Any")
    return TypeClass::Json;
  return TypeClass::Unknown;
}

struct Index {
  std::map<std::string, size_t> Messages; // full name -> entity
  std::set<std::string> Enums;            // full names
};

std::string lastComponent(const std::string &Name) {
  size_t Dot = Name.rfind('.');
  return Dot == std::string::npos ? Name : Name.substr(Dot + 1);
}

// Resolves a type as written in Scope (pkg.Outer) by protobuf's scoping
// rules: a leading '.' is absolute; else the innermost enclosing scope wins.
std::string resolve(const std::string &Written, const std::string &Scope, const Index &Ix,
                    bool &IsEnum) {
  IsEnum = false;
  auto Known = [&](const std::string &N) {
    if (Ix.Messages.contains(N))
      return true;
    if (Ix.Enums.contains(N)) {
      IsEnum = true;
      return true;
    }
    return false;
  };
  if (!Written.empty() && Written[0] == '.') {
    std::string Absolute = Written.substr(1);
    (void)Known(Absolute); // for IsEnum: an absolute name stands whether or not it is known
    return Absolute;
  }
  std::string S = Scope;
  while (true) {
    std::string Candidate = S.empty() ? Written : S + "." + Written;
    if (Known(Candidate))
      return Candidate;
    if (S.empty())
      break;
    size_t Dot = S.rfind('.');
    S = Dot == std::string::npos ? "" : S.substr(0, Dot);
  }
  return Written;
}

} // namespace

void buildProtoModel(const std::vector<ProtoUnitFile> &Files, Model &M) {
  Index Ix;
  // Entities first, so fields can refer to messages of any file.
  struct Pending {
    const ProtoUnitFile *F;
    const ProtoMessageInfo *Msg;
    std::string Full;
  };
  std::vector<Pending> All;
  for (const auto &F : Files) {
    std::string Pkg = F.Info.Package.empty() ? "" : F.Info.Package + ".";
    for (const auto &E : F.Info.Enums)
      Ix.Enums.insert(Pkg + E);
    for (const auto &Msg : F.Info.Messages) {
      std::string Full = Pkg + Msg.Name;
      if (Ix.Messages.contains(Full))
        continue;
      Entity E;
      E.Kind = EntityKind::ApiObject;
      E.Stored = false;
      E.Name = lastComponent(Msg.Name);
      E.QualifiedName = Full;
      uint32_t Off = protoOffset(*F.File, Msg.At);
      E.Range = SourceRange{F.File, Off, Off + static_cast<uint32_t>(E.Name.size())};
      Ix.Messages[Full] = M.Entities.size();
      M.Entities.push_back(std::move(E));
      All.push_back({&F, &Msg, Full});
    }
  }
  // Per entity field: the message entity it holds, if any.
  std::vector<std::vector<long>> Holds(M.Entities.size());
  for (const auto &P : All) {
    size_t EI = Ix.Messages.at(P.Full);
    for (const auto &Fi : P.Msg->Fields) {
      Field F;
      F.Name = Fi.Name;
      uint32_t Off = protoOffset(*P.F->File, Fi.At);
      F.Range = SourceRange{P.F->File, Off, Off + static_cast<uint32_t>(Fi.Name.size())};
      long Target = -1;
      if (Fi.IsMap) {
        F.DeclaredType = "map<" + Fi.MapKey + ", " + Fi.MapValue + ">";
        F.Type = TypeClass::Json;
      } else if (!Fi.TypeName.empty()) {
        bool IsEnum = false;
        std::string Full = resolve(Fi.TypeName, P.Full, Ix, IsEnum);
        F.DeclaredType = Fi.TypeName[0] == '.' ? Fi.TypeName.substr(1) : Fi.TypeName;
        if (IsEnum) {
          F.Type = TypeClass::Enum;
        } else if (auto It = Ix.Messages.find(Full); It != Ix.Messages.end()) {
          F.Type = TypeClass::Reference; // its own fields are classified
          Target = static_cast<long>(It->second);
        } else {
          // A message of an unresolved import (google.type.PhoneNumber): one
          // value, whose type name is the signal.
          F.Type = wellKnownClass(Full);
          if (F.Type == TypeClass::Unknown)
            F.Type = TypeClass::Text;
          F.TypeName = lowerAscii(lastComponent(Full));
        }
      } else {
        F.DeclaredType = Fi.Type;
        F.Type = scalarClass(Fi.Type);
      }
      if (!Fi.Label.empty())
        F.DeclaredType = Fi.Label + " " + F.DeclaredType;
      if (!Fi.Oneof.empty())
        F.DeclaredType += " (oneof " + Fi.Oneof + ")";
      // A trailing or leading comment marker on the field's line.
      uint32_t Line = P.F->File->lineOf(Off);
      std::string_view Text = P.F->File->lineText(Line);
      if (Text.find("privlint:") != std::string_view::npos)
        parseMarkers(Text, F.Range, F.Markers);
      else if (Line > 1 &&
               P.F->File->lineText(Line - 1).find("privlint:") != std::string_view::npos)
        parseMarkers(P.F->File->lineText(Line - 1), F.Range, F.Markers);
      inferProtection(F);
      M.Entities[EI].Fields.push_back(std::move(F));
      Holds[EI].push_back(Target);
    }
  }
  // gRPC methods: the fields their response message reaches.
  for (const auto &F : Files) {
    std::string Pkg = F.Info.Package.empty() ? "" : F.Info.Package + ".";
    for (const auto &Md : F.Info.Methods) {
      bool IsEnum = false;
      std::string Out = resolve(Md.Output, F.Info.Package, Ix, IsEnum);
      std::string In = resolve(Md.Input, F.Info.Package, Ix, IsEnum);
      auto Root = Ix.Messages.find(Out);
      if (Root == Ix.Messages.end())
        continue;
      uint32_t Off = protoOffset(*F.File, Md.At);
      SourceRange At{F.File, Off, Off + static_cast<uint32_t>(Md.Name.size())};
      std::string Via = Pkg + Md.Service + "/" + Md.Name;
      std::map<size_t, std::pair<long, long>> Seen; // entity -> (parent entity, parent field)
      std::deque<size_t> Queue{Root->second};
      Seen[Root->second] = {-1, -1};
      std::vector<size_t> Order;
      while (!Queue.empty()) {
        size_t E = Queue.front();
        Queue.pop_front();
        Order.push_back(E);
        for (size_t FI = 0; FI < Holds[E].size(); ++FI)
          if (long T = Holds[E][FI]; T >= 0 && !Seen.contains(static_cast<size_t>(T))) {
            Seen[static_cast<size_t>(T)] = {static_cast<long>(E), static_cast<long>(FI)};
            Queue.push_back(static_cast<size_t>(T));
          }
      }
      for (size_t E : Order) {
        std::vector<Exposure::Related> Path;
        for (size_t Cur = E; Seen.at(Cur).first >= 0;) {
          auto [PE, PF] = Seen.at(Cur);
          const Entity &Parent = M.Entities[static_cast<size_t>(PE)];
          const Field &Via2 = Parent.Fields[static_cast<size_t>(PF)];
          Path.push_back({Via2.Range, "'" + Parent.Name + "." + Via2.Name + "' holds '" +
                                          M.Entities[Cur].Name + "'"});
          Cur = static_cast<size_t>(PE);
        }
        std::reverse(Path.begin(), Path.end());
        for (size_t FI = 0; FI < M.Entities[E].Fields.size(); ++FI) {
          Exposure X;
          X.Audience = "unknown";
          X.Channel = "grpc-method";
          X.Via = Via;
          X.EntityIndex = E;
          X.FieldIndex = FI;
          X.Where = At;
          X.Request = In;
          X.Response = Out;
          X.RelatedLocations = Path;
          X.RelatedLocations.push_back(
              {M.Entities[E].Fields[FI].Range,
               "'" + M.Entities[E].Name + "." + M.Entities[E].Fields[FI].Name + "' is defined here",
               true});
          M.Exposures.push_back(std::move(X));
        }
      }
    }
  }
}

} // namespace privlint
