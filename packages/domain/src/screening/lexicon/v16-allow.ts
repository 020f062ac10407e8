/**
 * Genre words added in 1.15: consumer-protection lessons and scam alerts named in the leading header
 * (【消保小课堂】, 【消费者权益保护】, "Fraud alert:"), text about abusive collection rather than collection.
 */
export const genreWordsV16: readonly string[] = ["消保", "消费者权益保护", "fraud alert", "fraud alerts"];
