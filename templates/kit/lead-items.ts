/**
 * How many items a list or box keeps with its title, and a section heading with its first list: after
 * them a long list may continue overleaf (issue 11: "long lists may continue overleaf after a few items").
 */
export const LEAD_ITEMS = 2;
