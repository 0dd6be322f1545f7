# Single-table inheritance: a Guardian row lives in people.
class Guardian < Person
  encrypts :phone
end
