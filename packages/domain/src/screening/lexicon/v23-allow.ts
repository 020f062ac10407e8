/**
 * Authorities added in 1.22 that no collector may write as in a leading tag, header or "… here."
 * ("Pegawai Bank Negara here."): the central banks and monetary authorities of Malaysia, the Philippines
 * and Hong Kong, and the Malaysian and Philippine immigration and police bodies a loan shark invokes.
 * The U.S. and U.K. consumer regulators are left out: their names are allow phrases, as where a
 * borrower may complain, and head lenders' own complaint replies ("CFPB complaint 2291: …").
 */
export const senderAuthoritiesV23: readonly string[] = [
  "bank negara",
  "bangko sentral",
  "monetary authority",
  "imigresen",
  "immigration department",
  "national bureau of investigation",
  "polis diraja",
  "philippine national police",
];
