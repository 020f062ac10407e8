import type { TermGroup } from "../types.js";
import { combine } from "./combine.js";

/**
 * Terms added in 1.21 (rounds r35 and r36):
 * - **veiled threats**: fear wished on the reader ("you should be scared", "I'm not done with you"),
 *   harm the sender "would hate" to see happen to the reader's things, field agents "not so polite like
 *   me", and the unfriendly visit in chat spelling ("not gonna be a friendly visit");
 * - **livelihood**: "think about how much you like that job";
 * - **insult in a polite register**: the reader "not bright enough", a toddler who "could have"
 *   managed, "less of a disappointment", "the least responsible" customer, a relative who "must be so
 *   proud", staff time wasted "on someone like you";
 * - **obscenity**: a masked "flying f—"; the reader told to sell pictures of her body; 在床上伺候男人 and
 *   the 死了还是… insult;
 * - **privacy**: the reader's "morphed" photos, the lending-app threat of doctored pictures (morphed
 *   photos of others, in news of such apps, are not the reader's).
 */
export const termsV22: readonly TermGroup[] = [
  {
    rule: "en-veiled-threat-v22",
    category: "threat",
    severity: "block",
    terms: [
      "you should be scared",
      "you should be afraid",
      "you should be very scared",
      "you should be very afraid",
      "you should be worried",
      "i'm not done with you",
      "i am not done with you",
      "we're not done with you",
      "we are not done with you",
      "not done with you yet",
      ...combine(
        [
          "not so polite ",
          "not as polite ",
          "not so nice ",
          "not as nice ",
          "not so friendly ",
          "not as friendly ",
        ],
        ["like me", "as me"],
      ),
      ...combine(
        ["hate for ", "hate to see ", "hate it if "],
        [
          "anything to happen to",
          "something to happen to",
          "anything bad to happen to",
          "anything happen to",
          "something happen to",
          "anything happened to",
          "something happened to",
        ],
      ),
      ...combine(
        ["not gonna be a ", "ain't gonna be a ", "isn't gonna be a ", "wont be a ", "not be a "],
        ["friendly visit", "friendly chat", "nice visit", "social call", "polite visit"],
      ),
      ...combine(
        ["how much you like ", "how much you love ", "how much you need ", "how much you value "],
        ["that job", "your job", "that paycheck", "your paycheck", "that clearance", "your clearance"],
      ),
    ],
  },
  {
    rule: "en-polite-insult-v22",
    category: "insult",
    severity: "block",
    terms: [
      "not bright enough",
      "not smart enough to",
      "not clever enough to",
      "a toddler could",
      "a child could have",
      "a five-year-old could",
      "a five year old could",
      "a 5 year old could",
      "a 5-year-old could",
      "less of a disappointment",
      "such a disappointment",
      "what a disappointment",
      "a total disappointment",
      "a complete disappointment",
      "the least responsible",
      "most irresponsible",
      "must be so proud",
      "must be very proud",
      "must be really proud",
      "time on someone like you",
      "time on people like you",
    ],
  },
  {
    rule: "en-obscenity-v22",
    category: "obscenity",
    severity: "block",
    terms: [
      "a flying f",
      "flying fuck",
      "pics of that body",
      "pictures of that body",
      "photos of that body",
      "pics of your body",
      "pictures of your body",
      "photos of your body",
      "sell that body",
    ],
  },
  {
    rule: "zh-obscene-insult-v22",
    category: "obscenity",
    severity: "block",
    terms: ["伺候男人", "伺候野男人", "伺候女人", "在床上伺候", "在床上忙着", "陪男人睡", "陪野男人"],
  },
  {
    rule: "zh-insult-v22",
    category: "insult",
    severity: "block",
    terms: ["是死了还是", "你是死了吗", "你死了吗", "人死了吗", "死了没有", "你死了没"],
  },
  {
    rule: "en-morphed-photos-v22",
    category: "privacy_exposure",
    severity: "block",
    terms: [
      ...combine(["your morphed "], ["photos", "photo", "pics", "pictures", "images", "nudes", "videos"]),
      ...combine(
        ["morphed "],
        ["photos of you", "pics of you", "pictures of you", "images of you", "videos of you"],
      ),
    ],
  },
];
