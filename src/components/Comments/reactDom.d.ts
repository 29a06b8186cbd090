/**
 * The two react-dom entry points the comment UI uses. The project has @types/react but not
 * @types/react-dom (a dependency change is the lead's call), so these declarations stand in;
 * they match react-dom 19's signatures for the parts used here.
 */
declare module 'react-dom' {
  import type { ReactNode, ReactPortal } from 'react';
  export function createPortal(
    children: ReactNode,
    container: Element | DocumentFragment,
    key?: string | null,
  ): ReactPortal;
}

declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}
