// Types of scripts/certAdvice.cjs, for the tests.
export interface Who {
  readonly platform: string;
  readonly isRoot: boolean;
  readonly hasSudo: boolean;
  readonly home: string;
  readonly caStore: 'update-ca-certificates' | 'update-ca-trust' | null;
}
export function certAdvice(who: Who): string;
