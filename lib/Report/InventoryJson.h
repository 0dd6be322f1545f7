// One inventory field as the JSON of schemas/inventory-v1.json, shared by
// `--format json` and the document the data map (`--format html`) embeds.
#pragma once

#include "Engine/Inventory.h"

#include <nlohmann/json.hpp>

namespace privlint {

/// The field's object; with Explain, its `classification` and `rejected`.
nlohmann::ordered_json inventoryFieldJson(const InventoryEntry &E, bool Explain);

} // namespace privlint
