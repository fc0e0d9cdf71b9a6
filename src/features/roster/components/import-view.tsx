// 名册导入: pick a file → preview (counts, bad rows, changes, people missing) → confirm → progress.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MAX_FILE_BASE64, type RosterPreview } from '../../../../domain/roster/contract';
import { IMPORT_COLUMNS } from '../../../../domain/roster/rules';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { CloudError, toCloudError } from '../../../services/cloud';
import { PickCancelled, pickFile, saveFile, type PickedFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { rosterApi } from '../api';
import {
  canConfirm,
  confirmText,
  percent,
  runStagedImport,
  summaryTiles,
  type ImportChoices,
  type ImportTotals,
} from '../import-flow';
import { CheckRow, ProgressBar } from './bits';
import './roster.scss';
import { pages } from '../../../../domain/pages';
import { confirm as ask } from '../../../components/confirm';

type Stage =
  | { kind: 'pick' }
  | { kind: 'previewing'; file: PickedFile }
  | { kind: 'preview'; file: PickedFile; preview: RosterPreview }
  | { kind: 'importing'; file: PickedFile; preview: RosterPreview; done: number; total: number }
  | { kind: 'done'; totals: ImportTotals };

const SHOWN = 50;

export function ImportView() {
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [error, setError] = useState<CloudError | null>(null);
  const [choices, setChoices] = useState<ImportChoices>({
    skipBadRows: false,
    deactivateMissing: false,
  });

  const choose = async () => {
    setError(null);
    let file: PickedFile;
    try {
      file = await pickFile(['xlsx', 'csv']);
    } catch (e) {
      if (!(e instanceof PickCancelled)) setError(toCloudError(e));
      return;
    }
    if (file.base64.length > MAX_FILE_BASE64) {
      setError(
        new CloudError(
          'roster.too_big',
          '文件太大（超过 4 MB）。请删掉无关的工作表或列，另存后再选择。',
        ),
      );
      return;
    }
    setChoices({ skipBadRows: false, deactivateMissing: false });
    setStage({ kind: 'previewing', file });
    try {
      const preview = await rosterApi.preview(file.base64, file.name);
      setStage({ kind: 'preview', file, preview });
    } catch (e) {
      setError(toCloudError(e));
      setStage({ kind: 'pick' });
    }
  };

  const downloadTemplate = async () => {
    setError(null);
    try {
      await saveFile(await rosterApi.template());
    } catch (e) {
      setError(toCloudError(e));
    }
  };

  const confirm = async (file: PickedFile, preview: RosterPreview) => {
    const answer = await ask({
      title: '确认导入',
      content: confirmText(preview, choices),
      confirmText: '导入',
    });
    if (!answer) return;
    setError(null);
    setStage({
      kind: 'importing',
      file,
      preview,
      done: 0,
      total: preview.counts.new + preview.counts.changed + preview.counts.unchanged,
    });
    try {
      const totals = await runStagedImport(
        (offset, limit) =>
          rosterApi.importChunk({
            fileBase64: file.base64,
            fileName: file.name,
            fingerprint: preview.fingerprint,
            ...choices,
            offset,
            limit,
          }),
        (done, total) => setStage({ kind: 'importing', file, preview, done, total }),
      );
      setStage({ kind: 'done', totals });
    } catch (e) {
      // every chunk is safe to repeat: going back to the preview lets the admin simply confirm again
      setError(toCloudError(e));
      setStage({ kind: 'preview', file, preview });
    }
  };

  return (
    <View className="roster">
      <ErrorBanner error={error} />
      {stage.kind === 'pick' ? (
        <>
          <View className="roster-card">
            <Text className="roster-card__title">文件要求</Text>
            <Text className="roster-card__text">
              Excel（.xlsx）或 CSV 文件，第一行是表头：
              {IMPORT_COLUMNS.map((c) => c.header).join('、')}（出生年月可不填）。
              会员填“是/否”，状态填“在职/退休”，分工会写全称或简称。
            </Text>
            <Text className="roster-card__text">
              先预览，确认无误后才会写入名册；同一个文件导入两次不会重复。
            </Text>
          </View>
          <BigButton onClick={() => void choose()}>选择名册文件</BigButton>
          <BigButton kind="secondary" onClick={() => void downloadTemplate()}>
            下载模板
          </BigButton>
        </>
      ) : null}
      {stage.kind === 'previewing' ? (
        <LoadingState text={`正在检查“${stage.file.name}”，请稍候…`} />
      ) : null}
      {stage.kind === 'preview' ? (
        <PreviewPanel
          file={stage.file}
          preview={stage.preview}
          choices={choices}
          onChoices={setChoices}
          onConfirm={() => void confirm(stage.file, stage.preview)}
          onOther={() => void choose()}
        />
      ) : null}
      {stage.kind === 'importing' ? (
        <View className="roster-card">
          <Text className="roster-card__title">正在导入，请不要离开这个页面</Text>
          <ProgressBar percent={percent(stage.done, stage.total)} />
          <Text className="roster-card__text">
            已处理 {stage.done} / {stage.total} 行（{percent(stage.done, stage.total)}%）
          </Text>
        </View>
      ) : null}
      {stage.kind === 'done' ? (
        <>
          <View className="roster-card">
            <Text className="roster-card__title">导入完成</Text>
            <Text className="roster-card__text" data-testid="import-done">
              新增 {stage.totals.created} 人，更新 {stage.totals.updated} 人，
              {stage.totals.unchanged} 人无变化
              {stage.totals.skipped ? `，跳过 ${stage.totals.skipped} 行有问题的数据` : ''}
              {stage.totals.deactivated ? `，${stage.totals.deactivated} 人标记为不在册` : ''}。
            </Text>
            <Text className="roster-card__text">
              名单里的教职工现在可以用工号、姓名和手机号后四位绑定微信了。
            </Text>
          </View>
          <BigButton onClick={() => go(pages.admin.rosterPeople())}>查看人员</BigButton>
          <BigButton kind="secondary" onClick={() => setStage({ kind: 'pick' })}>
            再导入一个文件
          </BigButton>
        </>
      ) : null}
    </View>
  );
}

function PreviewPanel(props: {
  file: PickedFile;
  preview: RosterPreview;
  choices: ImportChoices;
  onChoices: (c: ImportChoices) => void;
  onConfirm: () => void;
  onOther: () => void;
}) {
  const { file, preview, choices, onChoices } = props;
  const ok = canConfirm(preview, choices);
  return (
    <>
      <View className="roster-card">
        <Text className="roster-card__title">预览：{file.name}</Text>
        <Text className="roster-card__text">
          共 {preview.total} 行数据。以下还没有写入名册，请核对后确认。
        </Text>
      </View>
      <View className="roster-tiles">
        {summaryTiles(preview).map((t) => (
          <View
            key={t.key}
            className={`roster-tile roster-tile--${t.tone}`}
            data-testid={`tile-${t.key}`}
          >
            <Text className="roster-tile__value">{t.value}</Text>
            <Text className="roster-tile__label">{t.label}</Text>
          </View>
        ))}
      </View>
      {preview.bad.length > 0 ? (
        <View className="roster-card">
          <Text className="roster-card__title">有问题的行（{preview.counts.bad}）</Text>
          <Text className="roster-card__text">
            请在 Excel 里改好后重新选择文件；或者勾选下面的“跳过”，只导入没有问题的行。
          </Text>
          {preview.bad.slice(0, SHOWN).map((b) => (
            <View key={b.line} className="roster-line">
              <Text className="roster-line__head">
                第 {b.line} 行{b.staffNo ? ` · ${b.staffNo}` : ''}
                {b.name ? ` ${b.name}` : ''}
              </Text>
              <Text className="roster-line__text roster-line__text--warn">
                {b.reasons.join('；')}
              </Text>
            </View>
          ))}
          {preview.counts.bad > SHOWN ? (
            <Text className="roster-card__text">还有 {preview.counts.bad - SHOWN} 行未列出。</Text>
          ) : null}
        </View>
      ) : null}
      {preview.changed.length > 0 ? (
        <View className="roster-card">
          <Text className="roster-card__title">有变化的人（{preview.counts.changed}）</Text>
          {preview.changed.slice(0, SHOWN).map((c) => (
            <View key={c.staffNo} className="roster-line">
              <Text className="roster-line__head">
                {c.name} · {c.staffNo}
              </Text>
              <Text className="roster-line__text">变化：{c.fields.join('、')}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {preview.missing.count > 0 ? (
        <View className="roster-card">
          <Text className="roster-card__title">
            名册里有、文件里没有的人（{preview.missing.count}）
          </Text>
          <Text className="roster-card__text">
            默认保持不变。如果他们已调离，可勾选下面一项标记为不在册（管理员不会被标记）。
          </Text>
          {preview.missing.people.slice(0, SHOWN).map((m) => (
            <View key={m.staffNo} className="roster-line">
              <Text className="roster-line__text">
                {m.name} · {m.staffNo} · {m.branch}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      {preview.counts.bad > 0 ? (
        <CheckRow
          on={choices.skipBadRows}
          text={`跳过 ${preview.counts.bad} 行有问题的数据，只导入其余的行`}
          onChange={(on) => onChoices({ ...choices, skipBadRows: on })}
        />
      ) : null}
      {preview.missing.count > 0 ? (
        <CheckRow
          on={choices.deactivateMissing}
          text={`把文件里没有的 ${preview.missing.count} 人标记为不在册`}
          onChange={(on) => onChoices({ ...choices, deactivateMissing: on })}
        />
      ) : null}
      {!ok && preview.counts.bad > 0 ? (
        <Text className="roster-card__text">
          文件里有问题的行：改好后重新选择文件，或勾选“跳过”后再确认。
        </Text>
      ) : null}
      <BigButton disabled={!ok} onClick={props.onConfirm}>
        确认导入
      </BigButton>
      <BigButton kind="secondary" onClick={props.onOther}>
        换一个文件
      </BigButton>
    </>
  );
}
