const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export function countHanCharacters(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

export function isHanCharacter(character: string): boolean {
  return HAN.test(character);
}

/** Returns every pair of consecutive characters (code points) of a text. */
export function characterPairs(text: string): string[] {
  const characters = Array.from(text);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < characters.length; i += 1) {
    pairs.push(characters[i] + characters[i + 1]);
  }
  return pairs;
}
