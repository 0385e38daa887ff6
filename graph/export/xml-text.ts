/** Text without the characters XML 1.0 forbids even when escaped (most control characters): a GEXF
 * or GraphML file holding one is refused by strict parsers (Python's expat, hence networkx). */
export const xmlAllowed = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
