// 知识竞赛管理 (admin): two sections, the question bank (bank-panel.tsx) and the contests
// (contests-panel.tsx: set one up, open its standings and the final).
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Chips } from '../../../components/chips';
import { BankPanel } from './bank-panel';
import { ContestsPanel } from './contests-panel';
import './quiz.scss';

type Tab = 'bank' | 'contests';

export function QuizAdmin({ tab }: { tab?: string }) {
  const [shown, setShown] = useState<Tab>(tab === 'contests' ? 'contests' : 'bank');
  return (
    <View>
      <Chips
        label="管理什么"
        options={[
          { value: 'bank', label: '题库' },
          { value: 'contests', label: '竞赛' },
        ]}
        value={shown}
        onChange={(v) => setShown(v)}
      />
      {shown === 'bank' ? <BankPanel /> : <ContestsPanel />}
    </View>
  );
}
