// Authority nouns that 1.4 moved from blocking alone to review (a scam warning names 派出所, a hardship
// note the 检察院, an FDCPA notice the FBI): they review alone, and the v5 pressure rules let them block
// with something that makes them a claim.
export const zhAuthorities = [
  "派出所",
  "公安局",
  "公安分局",
  "公安机关",
  "民警",
  "警官",
  "警察局",
  "刑警",
  "刑侦",
  "经侦",
  "网警",
  "特警",
  "检察院",
  "检察官",
  "检察机关",
  "执行局",
  "执行法官",
  "执行庭",
  "法警",
  "司法局",
  "司法所",
  "公检法",
  "国安",
];

/** The English ones v1's review group lists. */
export const enV1Authorities = [
  "detective",
  "sergeant",
  "sgt",
  "police department",
  "police officer",
  "fbi",
  "federal agent",
  "special agent",
  "department of justice",
  "doj",
  "district attorney",
  "prosecutor",
  "magistrate",
  "internal revenue",
  "treasury department",
  "process server",
  "sheriff's office",
  "sheriff's department",
  "deputy sheriff",
];

export const enAuthorities = [
  ...enV1Authorities,
  "trooper",
  "inspector general",
  "federal bureau",
  "bureau of investigation",
  "homeland security",
  "marshal",
  "secret service",
  "lieutenant",
];
