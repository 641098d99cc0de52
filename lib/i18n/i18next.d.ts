import 'i18next';

import type { HandoutResources, UiResources } from './resources';

// Typed keys: tsc rejects a key that English does not have.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'handout';
    resources: { handout: HandoutResources; ui: UiResources };
  }
}
