// 发放进度's state: the batch's figures, the list of people (filter, search), export and close now.
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { confirm } from '../../components/confirm';
import { toCloudError, type CloudError } from '../../services/cloud';
import { saveFile } from '../../services/file';
import { useMe } from '../account/use-me';
import { closeBatch, exportPeople, getProgress, listPeople } from './api';
import { closedLine, type Filter, type People, type Progress } from './progress';

export interface ProgressState {
  p: Progress | null;
  error: CloudError | null;
  filter: Filter;
  q: string;
  people: People | null;
  busy: boolean;
  note: string | null;
  isAdmin: boolean;
  load: () => Promise<void>;
  pickFilter: (f: Filter) => void;
  search: (q: string) => void;
  doExport: () => Promise<void>;
  closeNow: () => Promise<void>;
}

export function useProgress(batchId: string): ProgressState {
  const [p, setP] = useState<Progress | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [filter, setFilter] = useState<Filter>('not_chosen');
  const [q, setQ] = useState('');
  const [people, setPeople] = useState<People | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const isAdmin = Boolean(useMe().me?.roles.includes('admin'));

  const loadPeople = useCallback(
    async (f: Filter, query: string) => {
      try {
        setPeople(await listPeople({ batchId, filter: f, q: query || undefined }));
      } catch (e) {
        setError(toCloudError(e));
      }
    },
    [batchId],
  );
  const load = useCallback(async () => {
    try {
      setP(await getProgress(batchId));
      setError(null);
      await loadPeople(filter, q);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, [batchId, filter, q, loadPeople]);
  useDidShow(() => {
    void load();
  });

  const pickFilter = (f: Filter) => {
    setFilter(f);
    void loadPeople(f, q);
  };
  const search = (v: string) => {
    setQ(v);
    void loadPeople(filter, v);
  };

  const doExport = async () => {
    setBusy(true);
    try {
      const file = await exportPeople({ batchId, filter });
      await saveFile(file);
      setNote(`已导出 ${file.rows} 人：${file.filename}`);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  const closeNow = async () => {
    const ok = await confirm({
      title: '现在截止？',
      content: '截止后不能再选择或更换；没有选择的人将统一发放默认礼包。这一步不能撤回。',
      confirmText: '确认截止',
      cancelText: '再等等',
    });
    if (!ok) return;
    setBusy(true);
    try {
      setNote(closedLine(await closeBatch(batchId)));
      await load();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  return {
    p,
    error,
    filter,
    q,
    people,
    busy,
    note,
    isAdmin,
    load,
    pickFilter,
    search,
    doExport,
    closeNow,
  };
}
