// The keys of the taxonomy's word lists (rules/taxonomy.yaml), in
// WordListId order: the data generator (tools/datagen) embeds the lists
// under these keys and the taxonomy (Taxonomy.cpp) finds them by them. A
// header of its own so that the generator, which links nothing of privlint,
// shares the one list.
#pragma once

namespace privlint {

inline constexpr const char *WordListKeys[] = {"subjects.organisation",
                                               "subjects.system",
                                               "subjects.neutral",
                                               "subjects.roles",
                                               "subjects.senders",
                                               "subjects.recipients",
                                               "subjects.sender_person_entities",
                                               "subjects.sender_system_entities",
                                               "subjects.shared",
                                               "subjects.customer_records",
                                               "channels.message_entities",
                                               "channels.phone_entities",
                                               "channels.email_entities",
                                               "function_prefixes",
                                               "workflow_entities",
                                               "network_entities",
                                               "compound_collection_suffixes",
                                               "login_entities",
                                               "login_identifier_qualifiers",
                                               "login_identifier_holders",
                                               "login_external_entities"};

} // namespace privlint
