// The printable proposal form (提案表) for one proposal: plain black on white, one table.
import { Text, View } from '@tarojs/components';
import { KIND_LABELS, STATUS_LABELS } from '../../../../domain/proposals/model';
import { beijingDay } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { proposalsApi } from '../api';
import { useLoad } from '../../../hooks/use-load';

function Row({ k, v }: { k: string; v: string }) {
  return (
    <View className="pp-print__cell">
      <Text className="pp-print__key">{k}</Text>
      <Text className="pp-print__value">{v || '—'}</Text>
    </View>
  );
}

export function PrintView({ id }: { id: string }) {
  const { data: p, error, loading, reload } = useLoad(() => proposalsApi.get(id), [id]);
  if (loading) return <LoadingState />;
  if (error) return <ErrorBanner error={error} onRetry={reload} />;
  if (!p) return null;
  const answers = p.answers
    .map((a) => `【${a.departmentName}${a.round > 1 ? '·第二次' : ''}】${a.status}\n${a.text}`)
    .join('\n\n');
  return (
    <View className="pp-print">
      <View className="pp-stack">
        <Text className="pp-print__title">
          {p.sessionName}教职工代表大会{KIND_LABELS[p.kind]}表
        </Text>
        <View className="pp-print__table">
          <Row k="编号" v={p.no ? `第${p.no}号` : ''} />
          <Row k="标题" v={p.title} />
          <Row k="类别" v={p.category} />
          <Row k="提案人" v={[p.proposer, ...p.coProposers].map((x) => x.name).join('、')} />
          <Row k="附议人" v={p.cosigners.map((x) => x.name).join('、')} />
          <Row k="提交日期" v={p.filedAt ? beijingDay(p.filedAt) : ''} />
          <Row k="背景与问题" v={p.background} />
          <Row k="具体建议" v={p.suggestion} />
          <Row k="审查意见" v={p.review ? `${p.review.reason || ''}` : ''} />
          <Row k="承办部门" v={p.departments.map((d) => d.name).join('、')} />
          <Row k="答复期限" v={p.dueOn ?? ''} />
          <Row k="答复" v={answers} />
          <Row
            k="提案人评价"
            v={p.ratings.map((r) => `${r.rating}${r.comment ? `：${r.comment}` : ''}`).join('；')}
          />
          <Row k="当前状态" v={STATUS_LABELS[p.status]} />
        </View>
        {process.env.TARO_ENV === 'h5' ? (
          <View className="pp-no-print">
            <BigButton onClick={() => window.print()}>打印</BigButton>
          </View>
        ) : (
          <Text className="pp-small">在电脑上打开智慧工会网页版可以直接打印这张表。</Text>
        )}
      </View>
    </View>
  );
}
