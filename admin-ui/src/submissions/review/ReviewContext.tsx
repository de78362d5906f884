import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

import type { DiffEntry, Finding } from '../../providers/types';

export interface FieldComment {
  id: string;
  path?: string | null;
  body: string;
  authorName?: string;
  createdAt?: string;
}

interface ReviewState {
  /** Open findings (errors not overridden, and warnings) keyed by field path. */
  findingsByPath: Map<string, Finding[]>;
  diffByPath: Map<string, DiffEntry>;
  commentsByPath: Map<string, FieldComment[]>;
  highlightedPath: string | null;
  /** Scrolls to the field rendered for `path` (or its nearest parent) and flashes it. */
  focusPath: (path: string) => void;
  commentPath: string;
  setCommentPath: (path: string) => void;
  /** Pre-fills the comment form with a field path and scrolls to the form. */
  startComment: (path: string) => void;
}

const ReviewContext = createContext<ReviewState | null>(null);

/** Parent paths of a field path, nearest first: a.b[0].c → a.b[0], a.b, a. */
export const parentPaths = (path: string): string[] => {
  const parents: string[] = [];
  let current = path;
  for (;;) {
    const next = current.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
    if (next === current || next === '') break;
    parents.push(next);
    current = next;
  }
  return parents;
};

const findRenderedElement = (path: string): HTMLElement | null => {
  for (const candidate of [path, ...parentPaths(path)]) {
    const element = document.querySelector<HTMLElement>(
      `[data-path="${CSS.escape(candidate)}"]`,
    );
    if (element) return element;
  }
  return null;
};

const groupByPath = <T,>(items: T[], pathOf: (item: T) => string | null | undefined) => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const path = pathOf(item);
    if (!path) continue;
    map.set(path, [...(map.get(path) ?? []), item]);
  }
  return map;
};

export const ReviewProvider = ({
  findings,
  diff,
  comments,
  children,
}: {
  findings: Finding[];
  diff: DiffEntry[];
  comments: FieldComment[];
  children: ReactNode;
}) => {
  const [highlightedPath, setHighlightedPath] = useState<string | null>(null);
  const [commentPath, setCommentPath] = useState('');

  const findingsByPath = useMemo(
    () =>
      groupByPath(
        findings.filter((finding) => !finding.override),
        (finding) => finding.path,
      ),
    [findings],
  );
  const diffByPath = useMemo(
    () => new Map(diff.map((entry) => [entry.path, entry])),
    [diff],
  );
  const commentsByPath = useMemo(
    () => groupByPath(comments, (comment) => comment.path),
    [comments],
  );

  const focusPath = useCallback((path: string) => {
    const element = findRenderedElement(path);
    const target = element?.dataset.path ?? path;
    setHighlightedPath(target);
    element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, []);

  const startComment = useCallback((path: string) => {
    setCommentPath(path);
    document
      .getElementById('comment-form')
      ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    window.setTimeout(() => document.getElementById('comment-body')?.focus(), 300);
  }, []);

  const value = useMemo(
    () => ({
      findingsByPath,
      diffByPath,
      commentsByPath,
      highlightedPath,
      focusPath,
      commentPath,
      setCommentPath,
      startComment,
    }),
    [findingsByPath, diffByPath, commentsByPath, highlightedPath, focusPath, commentPath, startComment],
  );

  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
};

export const useReview = (): ReviewState => {
  const state = useContext(ReviewContext);
  if (!state) throw new Error('useReview must be used inside <ReviewProvider>');
  return state;
};
