// One inventory field as the JSON of schemas/inventory-v1.json, shared by
// `--format json` and the document the data map (`--format html`) embeds.
#pragma once

#include "Engine/Inventory.h"

#include <nlohmann/json.hpp>

namespace privlint {

/// Which of a field's keys an inventory document writes: `--format json`
/// ends each field with its entity's location, `stored`, `frontend` and
/// `root`; the data map gives those once per entity row instead.
enum class InventoryFieldKeys { WithEntity, WithoutEntity };

/// The field's object; with Explain, its `classification` and `rejected`.
nlohmann::ordered_json inventoryFieldJson(const InventoryEntry &E, bool Explain,
                                          InventoryFieldKeys Keys);

} // namespace privlint
