import { useEffect } from 'react';
import type { LibraryInfo } from '../../../shared/domain';
import { useCall } from '../api/useCall';
import type { NoticeState } from '../components/Notice';

/** The library's path, counts and what it can import; asked again after every change (`revision`). */
export function useLibraryInfo(revision: number, setNotice: (notice: NoticeState) => void): LibraryInfo | null {
  const { value, error } = useCall('library.info', {}, { refresh: revision });
  useEffect(() => {
    if (error) setNotice({ kind: 'error', message: error });
  }, [error, setNotice]);
  return value;
}
